import { describe, expect, it } from 'vitest';
import { openErrors, openWarnings } from '../../../../shared/xlsx/import/open/open-messages';
import { openWorkbook } from '../../../../shared/xlsx/import/open/open-workbook';
import { opened, packageBytes, refusal, rowsXml, sheetXml } from './packages';

const BUDGET_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1000</v></c></row>';

const nested = (depth: number) => `${'<x:a>'.repeat(depth)}${'</x:a>'.repeat(depth)}`;

describe('openWorkbook guards the XML before ExcelJS parses it', () => {
  it('refuses a DOCTYPE (billion laughs) without expanding it', async () => {
    const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const sharedStrings = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${entities}]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol10;</t></si></sst>`;
    const started = performance.now();
    expect(refusal(await openWorkbook(packageBytes({ sharedStrings })))).toBe(openErrors.doctype('xl/sharedStrings.xml'));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('drops a deeply nested extension list and keeps the table', async () => {
    const ext = `<extLst><ext uri="{x}" xmlns:x="urn:x">${nested(200_000)}</ext></extLst>`;
    const { workbook, warnings } = opened(await openWorkbook(packageBytes({ sheet: sheetXml(BUDGET_ROW, ext) })));
    expect(workbook.getWorksheet('Budget')?.getCell('B1').value).toBe(1000);
    expect(warnings).toContain(openWarnings.deepExtension('Budget'));
  });

  it('refuses deep nesting outside an extension list', async () => {
    const sheet = sheetXml(`${BUDGET_ROW}<row r="2"><c r="A2"><is>${nested(500)}</is></c></row>`);
    expect(refusal(await openWorkbook(packageBytes({ sheet })))).toBe(openErrors.tooDeep('xl/worksheets/sheet1.xml'));
  });

  it('refuses XML that is not well-formed, naming the part', async () => {
    const sheet = sheetXml(BUDGET_ROW).replace('</sheetData>', '</sheetdata>');
    expect(refusal(await openWorkbook(packageBytes({ sheet })))).toBe(openErrors.malformedXml('xl/worksheets/sheet1.xml'));
    const trailing = `${sheetXml(BUDGET_ROW)}CORRUPTED`;
    expect(refusal(await openWorkbook(packageBytes({ sheet: trailing })))).toBe(openErrors.malformedXml('xl/worksheets/sheet1.xml'));
  });

  it('counts cells and rows before ExcelJS and refuses above the limit', async () => {
    const bytes = packageBytes({ sheet: sheetXml(rowsXml(100, 3)) });
    expect(refusal(await openWorkbook(bytes, { maxCells: 299 }))).toBe(openErrors.tooManyCells(299));
    expect(refusal(await openWorkbook(bytes, { maxRows: 99 }))).toBe(openErrors.tooManyRows(99));
    expect(opened(await openWorkbook(bytes, { maxCells: 300, maxRows: 100 })).workbook.getWorksheet('Budget')?.getCell('C100').value).toBe(299);
  });

  it('refuses a merge over the whole sheet at once instead of making 17 billion cells', async () => {
    const sheet = sheetXml(BUDGET_ROW, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    expect(refusal(await openWorkbook(packageBytes({ sheet })))).toBe(openErrors.tooManyMerged(300_000));
  });

  it('drops data validations and defined names over huge ranges, which ExcelJS expands cell by cell', async () => {
    const sheet = sheetXml(BUDGET_ROW, '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>');
    const workbook = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="Alt">Budget!$A$1:$XFD$1048576</definedName><definedName name="Lille">Budget!$A$1:$B$1</definedName></definedNames></workbook>';
    const started = performance.now();
    const result = opened(await openWorkbook(packageBytes({ sheet, workbook })));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.warnings).toContain(openWarnings.hugeNames);
    expect(result.workbook.definedNames.model.map((n) => n.name)).toEqual(['Lille']);
  });
});

describe('openWorkbook reads what odd writers write', () => {
  it('rows and cells without references, and an x: prefix for SpreadsheetML', async () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const sheet = `<x:worksheet xmlns:x="${main}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>Drift</x:t></x:is></x:c><x:c><x:v>5</x:v></x:c></x:row><x:row><x:c/><x:c><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const workbook = `<x:workbook xmlns:x="${main}"><x:sheets><x:sheet name="Budget" sheetId="1" ns:id="rId1" xmlns:ns="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></x:sheets></x:workbook>`;
    const ws = opened(await openWorkbook(packageBytes({ sheet, workbook }))).workbook.getWorksheet('Budget');
    expect([ws?.getCell('A1').value, ws?.getCell('B1').value, ws?.getCell('B2').value]).toEqual(['Drift', 5, 7]);
  });

  it('an inline string that starts plain and goes on in formatted runs', async () => {
    const sheet = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">I alt </t><r><rPr><b/></rPr><t>2024</t></r></is></c></row>');
    const value = opened(await openWorkbook(packageBytes({ sheet }))).workbook.getWorksheet('Budget')?.getCell('A1').value;
    expect(value).toEqual({ richText: [{ text: 'I alt ' }, { font: { bold: true }, text: '2024' }] });
  });

  it('texts longer than Excel allows are read, with a warning', async () => {
    const sharedStrings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${'x'.repeat(40_000)}</t></si></sst>`;
    const { warnings } = opened(await openWorkbook(packageBytes({ sharedStrings })));
    expect(warnings).toEqual([openWarnings.longText]);
  });
});

describe('openWorkbook says which sheets are empty, in one sentence', () => {
  it('one empty sheet by name, many as a count with the first names', async () => {
    const one = opened(await openWorkbook(packageBytes({ sheet: sheetXml('') })));
    expect(one.warnings).toEqual([openWarnings.emptySheets(['Budget'])]);
    expect(openWarnings.emptySheets(['Budget'])).toBe('Arket «Budget» er tomt.');
    expect(openWarnings.emptySheets(['A', 'B', 'C', 'D'])).toBe('4 ark er tomme: «A», «B», «C» m.fl.');
    expect(openWarnings.emptySheets(['A', 'B'])).toBe('2 ark er tomme: «A», «B».');
  });
});

describe('openWorkbook limits the number of sheets', () => {
  it('refuses more sheets than the limit, before reading any of them', async () => {
    const sheets = Array.from({ length: 5 }, (_, i) => `<sheet name="Ark${i + 1}" sheetId="${i + 1}" r:id="rId1"/>`).join('');
    const workbook = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`;
    expect(refusal(await openWorkbook(packageBytes({ workbook }), { maxSheets: 4 }))).toBe(openErrors.tooManySheets(4));
    expect(opened(await openWorkbook(packageBytes({ workbook }), { maxSheets: 5 })).workbook.worksheets).toHaveLength(5);
  });
});
