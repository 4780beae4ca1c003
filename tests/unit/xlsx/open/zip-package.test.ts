import { describe, expect, it } from 'vitest';
import { openErrors, openWarnings } from '../../../../shared/xlsx/import/open/open-messages';
import { openWorkbook } from '../../../../shared/xlsx/import/open/open-workbook';
import { opened, packageBytes, packageParts, patchAscii, refusal, rowsXml, sheetXml, zipOf } from './packages';

const MIB = 1024 * 1024;

/** The central directory's uncompressed-size field of the entry named `name` (zip stores it at +24). */
function setStatedSize(bytes: Uint8Array, name: string, size: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)) === name) view.setUint32(at + 24, size, true);
  }
}

describe('openWorkbook checks the zip directory before inflating', () => {
  it('a truncated zip is a broken zip', async () => {
    const bytes = packageBytes();
    expect(refusal(await openWorkbook(bytes.subarray(0, bytes.length - 30)))).toBe(openErrors.brokenZip);
  });

  it('two entries with the same name are refused', async () => {
    const bytes = packageBytes({ extra: { 'xl/worksheets/sheetX.xml': sheetXml('') } });
    patchAscii(bytes, 'xl/worksheets/sheetX.xml', 'xl/worksheets/sheet1.xml');
    expect(refusal(await openWorkbook(bytes))).toBe(openErrors.duplicateEntries('xl/worksheets/sheet1.xml'));
  });

  it('a part over the size limit is refused from its stated size, in milliseconds', async () => {
    const big = sheetXml(rowsXml(20_000, 3));
    const bytes = packageBytes({ sheet: big });
    const started = performance.now();
    const error = refusal(await openWorkbook(bytes, { maxPartBytes: MIB }));
    expect(error).toBe(openErrors.tooLargePart(new TextEncoder().encode(big).length, MIB));
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('a zip bomb that states its true size is refused; the total is limited too', async () => {
    const bomb = `${sheetXml('')}${' '.repeat(80 * MIB)}`;
    const bytes = packageBytes({ sheet: bomb });
    expect(bytes.length).toBeLessThan(MIB);
    expect(refusal(await openWorkbook(bytes))).toBe(openErrors.tooLargePart(bomb.length, 64 * MIB));
    const total = refusal(await openWorkbook(packageBytes(), { maxTotalBytes: 500 }));
    expect(total).toMatch(/^Filen pakker sig ud til .* MB, mere end/);
  });

  it('a directory that understates a part is caught while inflating', async () => {
    const bytes = packageBytes({ sheet: sheetXml(rowsXml(2000)) });
    setStatedSize(bytes, 'xl/worksheets/sheet1.xml', 1000);
    expect(refusal(await openWorkbook(bytes))).toBe(openErrors.sizeMismatch);
  });

  it('too many entries are refused', async () => {
    const extra = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`xl/media/x${i}.bin`, new Uint8Array(1)]));
    expect(refusal(await openWorkbook(packageBytes({ extra }), { maxEntries: 20 }))).toBe(openErrors.tooManyEntries(20));
  });
});

describe('openWorkbook tells other packages from an xlsx', () => {
  it('an OpenDocument spreadsheet', async () => {
    const ods = zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }, 0);
    expect(refusal(await openWorkbook(ods))).toBe(openErrors.ods);
  });

  it('a binary .xlsb workbook', async () => {
    const xlsb = zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': new Uint8Array([1, 2, 3]) });
    expect(refusal(await openWorkbook(xlsb))).toBe(openErrors.xlsb);
  });

  it('a Word document', async () => {
    const docx = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(refusal(await openWorkbook(docx))).toBe(openErrors.wordDocument);
  });

  it('a package without [Content_Types].xml, and a zip without a workbook', async () => {
    expect(refusal(await openWorkbook(packageBytes({ omit: ['[Content_Types].xml'] })))).toBe(openErrors.notWorkbook);
    expect(refusal(await openWorkbook(packageBytes({ omit: ['xl/workbook.xml'] })))).toBe(openErrors.notWorkbook);
    expect(refusal(await openWorkbook(zipOf({ 'empty.txt': '' })))).toBe(openErrors.notWorkbook);
  });

  it('a workbook without sheets', async () => {
    const workbook = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';
    expect(refusal(await openWorkbook(packageBytes({ workbook })))).toBe(openErrors.noSheets);
  });
});

describe('openWorkbook finds parts the way the package says', () => {
  it('a workbook at the zip root, found through the package relationships', async () => {
    const parts = packageParts();
    const root = zipOf({
      '[Content_Types].xml': parts['[Content_Types].xml'] as string,
      '_rels/.rels': (parts['_rels/.rels'] as string).replace('xl/workbook.xml', 'workbook.xml'),
      'workbook.xml': parts['xl/workbook.xml'] as string,
      '_rels/workbook.xml.rels': (parts['xl/_rels/workbook.xml.rels'] as string).replace('worksheets/sheet1.xml', 'data.xml'),
      'data.xml': parts['xl/worksheets/sheet1.xml'] as string,
      'sharedStrings.xml': parts['xl/sharedStrings.xml'] as string,
    });
    const { workbook } = opened(await openWorkbook(root));
    expect(workbook.getWorksheet('Budget')?.getCell('A1').value).toBe('Investering');
    expect(workbook.getWorksheet('Budget')?.getCell('B1').value).toBe(1000);
  });

  it('backslashes and a name differing in case are found, with a warning', async () => {
    const parts = packageParts();
    parts['xl/SharedStrings.xml'] = parts['xl/sharedStrings.xml'] as string;
    parts['xl\\worksheets\\sheet1.xml'] = parts['xl/worksheets/sheet1.xml'] as string;
    delete parts['xl/sharedStrings.xml'];
    delete parts['xl/worksheets/sheet1.xml'];
    const odd = zipOf(parts);
    const { workbook, warnings } = opened(await openWorkbook(odd));
    expect(workbook.getWorksheet('Budget')?.getCell('A1').value).toBe('Investering');
    expect(warnings).toContain(openWarnings.renamedParts);
  });

  it('a broken _rels/.rels falls back to xl/workbook.xml with a warning', async () => {
    const { warnings } = opened(await openWorkbook(packageBytes({ extra: { '_rels/.rels': 'CORRUPTED' } })));
    expect(warnings).toContain(openWarnings.brokenPackageRels);
  });

  it('a sheet the workbook names but the zip lacks is skipped with a warning', async () => {
    const { workbook, warnings } = opened(await openWorkbook(packageBytes({
      workbook: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/><sheet name="Væk &amp; borte" sheetId="2" r:id="rId9"/></sheets></workbook>',
    })));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Budget']);
    expect(warnings).toContain(openWarnings.missingSheet('Væk & borte'));
  });

  it('external links and macros are named in warnings', async () => {
    const parts = packageParts({ extra: { 'xl/vbaProject.bin': new Uint8Array([1]) } });
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace('</Relationships>',
      '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>');
    const { warnings } = opened(await openWorkbook(zipOf(parts)));
    expect(warnings).toEqual(expect.arrayContaining([openWarnings.externalLinks, openWarnings.macros]));
  });
});
