/**
 * Issue 15, the export's pages after page 1: one total word per case on every sheet, "Fordeling"
 * only where there is something to distribute, assumptions with their unit and a plain Danish
 * sentence (the formula stays in the value cell), the source's figures the case does not give
 * under the key figures, and number formats in Excel's locale-neutral codes.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blankCase } from '../../../../shared/model/create';
import type { Case } from '../../../../shared/model/case';
import { findRow } from '../../../../shared/model/rows';
import { templateCase } from '../../../../shared/templates/index';
import { exportCaseXlsx } from '../../../../shared/xlsx/export/export-workbook';
import { exportCases } from './export-fixtures';

async function load(c: Case): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportCaseXlsx(c)) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The worksheet row whose column A shows `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === text) return r;
  throw new Error(`no row "${text}" on ${ws.name}`);
}

const texts = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && out.push(cell.value)));
  return out;
};
const values = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1);
const result = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).result;

describe('one total word per case', () => {
  it("heads Aarhus' totals I alt on the note, in every table and in the key figures", async () => {
    const wb = await load(templateCase('aarhus-ips-2022')!);
    const note = wb.getWorksheet('Budgetnotat')!;
    expect(values(note, rowOf(note, 'Beløb i 1.000 kr.')).at(-1)).toBe('I alt');
    expect(texts(note)).toContain('Nettoresultat i alt over hele perioden');
    const tables = wb.getWorksheet('Tabeller')!;
    // Three tables with a total: the business case (its source said Total), Bilag B and the payment plan.
    const headers = texts(tables).filter((t) => ['I alt', 'Total', 'Samlet'].includes(t));
    expect(headers).toEqual(['I alt', 'I alt', 'I alt']);
    for (const ws of wb.worksheets) expect(texts(ws).filter((t) => t === 'Total' || t === 'Samlet'), ws.name).toEqual([]);
  });

  it('heads Rebild\'s totals Samlet, as its note does, and KK\'s distribution I alt', async () => {
    const rebild = (await load(templateCase('rebild-ips-2022')!)).getWorksheet('Budgetnotat')!;
    expect(values(rebild, rowOf(rebild, 'Beløb i mio. kr.')).at(-1)).toBe('Samlet');
    expect(texts(rebild)).toContain('Samlet nettoresultat over hele perioden');
    const kk = (await load(templateCase('kk-ips-2017')!)).getWorksheet('Fordeling')!;
    expect(values(kk, 3).at(-1)).toBe('I alt');
    expect(kk.getCell(kk.rowCount, 1).value).toBe('I alt');
  });
});

describe('the sheet "Fordeling"', () => {
  it('is left out when no row has an udvalg, a styringsområde or I/U', async () => {
    expect((await load(templateCase('aarhus-ips-2022')!)).worksheets.map((ws) => ws.name)).toEqual(['Budgetnotat', 'Tabeller', 'Forudsætninger', 'Budgetnotat-sag']);
    expect((await load(blankCase(2025))).worksheets.map((ws) => ws.name)).toEqual(['Budgetnotat', 'Forudsætninger', 'Budgetnotat-sag']);
  });

  it("shows Sydhavnen's Tabel 3 by udvalg, styringsområde and I/U with its figures and its total", async () => {
    const ws = (await load(templateCase('kk-sydhavnen-2022')!)).getWorksheet('Fordeling')!;
    expect(ws.getCell(1, 1).value).toBe('Fordeling på udvalg, styringsområde og indtægt/udgift');
    expect(ws.getCell(1, 1).alignment?.indent ?? 0).toBe(0);
    expect(values(ws, 3)).toEqual(['Beløb i 1.000 kr., 2022 p/l', 'Udvalg', 'Styringsområde', 'I/U', 2022, 2023, 2024, 2025, 'I alt']);
    // Tabel 3 of the source: BIU 1.874 a year (7.496), SUD 630 a year (2.520), 2.504 a year in all (10.016).
    expect(values(ws, 4).slice(1, 4)).toEqual(['BIU', 'Service', 'U']);
    expect([5, 6, 7, 8, 9].map((c) => result(ws.getCell(4, c)))).toEqual([1_874_000, 1_874_000, 1_874_000, 1_874_000, 7_496_000]);
    expect(values(ws, 5).slice(1, 4)).toEqual(['SUD', 'Service', 'U']);
    expect(result(ws.getCell(5, 9))).toBe(2_520_000);
    expect(ws.getCell(6, 1).value).toBe('I alt');
    expect([5, 9].map((c) => result(ws.getCell(6, c)))).toEqual([2_504_000, 10_016_000]);
    // Sorted by udvalg whatever order the rows have in the case.
    const c = templateCase('kk-sydhavnen-2022')!;
    c.sections[0]!.rows.reverse();
    const reversed = (await load(c)).getWorksheet('Fordeling')!;
    expect([values(reversed, 4)[1], values(reversed, 5)[1]]).toEqual(['BIU', 'SUD']);
  });
});

describe('the sheet "Forudsætninger"', () => {
  it("gives each of Aarhus' assumptions its value, its unit and how it is computed in plain Danish", async () => {
    const ws = (await load(templateCase('aarhus-ips-2022')!)).getWorksheet('Forudsætninger')!;
    expect(values(ws, 3).slice(0, 4)).toEqual(['Forudsætning', 'Værdi', 'Enhed', 'Beregning og bemærkning']);
    const line = (label: string) => {
      const r = rowOf(ws, label);
      return { value: ws.getCell(r, 2).value, unit: ws.getCell(r, 3).value, how: ws.getCell(r, 4).value };
    };
    // The seed: 44.000 + 3.000 + 6.500 + 4.500 + 3.500 = 61.500 kr. a month; 2 × 61.500 × 12 = 1.476.000 kr.
    const perMonth = line('Omkostning for én vejleder pr. måned');
    expect(perMonth.unit).toBe('kr.');
    expect(perMonth.how).toBe('Sum af 5 budgetlinjer');
    expect(perMonth.value).toMatchObject({ formula: 'SUM($B$5,$B$6,$B$7,$B$8,$B$9)', result: 61_500 });
    const oneYear = line('Samlet omkostning for to vejledere i 1 år');
    expect(oneYear.how).toBe('Antal vejledere × 61.500 kr. × 12 måneder');
    expect(oneYear.value).toMatchObject({ result: 1_476_000 });
    expect((oneYear.value as ExcelJS.CellFormulaValue).formula).toMatch(/^\$B\$\d+\*\$B\$\d+\*\$B\$\d+$/);
    expect(line('Antal vejledere')).toEqual({ value: 2, unit: 'antal', how: '' });
    expect(line('Måneder pr. år').unit).toBe('måneder');
    expect(line('Indkomstoverførsler, andel')).toMatchObject({ value: 0.45, unit: '%', how: 'Ansvarlig for tilbagebetaling: Ikke-decentraliserede område' });
    expect(line('Indkomstoverførsler, beløb').how).toBe('17.000 kr. × 45 %');
    expect(line('Andele i alt').how).toBe('Sum af 4 andele');
    for (const text of texts(ws)) expect(text.startsWith('=')).toBe(false);
  });
});

describe('"Afvigelser fra kildens tal" under the key figures', () => {
  it("lists Aarhus' two Bilag B totals that differ by rounding, with the figure stated and the one computed", async () => {
    const ws = (await load(templateCase('aarhus-ips-2022')!)).getWorksheet('Budgetnotat')!;
    const at = rowOf(ws, 'Afvigelser fra kildens tal');
    expect(at).toBeGreaterThan(rowOf(ws, 'Nutidsværdi (NPV)'));
    expect(values(ws, at).slice(0, 5)).toEqual(['Afvigelser fra kildens tal', 'Kolonne', 'Kilden', 'Beregnet', 'Art']);
    // Bilag B prints Indtægt 3.264 and Balance 312 in I alt; its own years give 326 + 6 × 490 = 3.266 and -1.476 - 1.150 + 6 × 490 = 314.
    const line = (r: number) => [ws.getCell(r, 1).value, ws.getCell(r, 2).value, ws.getCell(r, 3).value, result(ws.getCell(r, 4)), ws.getCell(r, 5).value];
    expect(line(at + 1)).toEqual(['Indtægt', 'I alt', 3_264_000, 3_266_000, 'inden for afrunding']);
    expect(line(at + 2)).toEqual(['Balance', 'I alt', 312_000, 314_000, 'inden for afrunding']);
    expect(ws.getCell(at + 3, 1).value).toBeNull();
    // The computed figure is the table's own total cell.
    expect((ws.getCell(at + 1, 4).value as ExcelJS.CellFormulaValue).formula).toBe(`K${rowOf(ws, 'Indtægt')}`);
  });

  it('says regnefejl for a stated figure that no rounding explains, and leaves the block out when all agree', async () => {
    const c = templateCase('kk-sydhavnen-2022')!;
    const ips = findRow(c, c.sections[0]!.rows[0]!.id)!;
    ips.stated = { values: { 1: '1974000' } };
    const ws = (await load(c)).getWorksheet('Budgetnotat')!;
    const at = rowOf(ws, 'Afvigelser fra kildens tal');
    expect([ws.getCell(at + 1, 1).value, ws.getCell(at + 1, 2).value, ws.getCell(at + 1, 3).value, result(ws.getCell(at + 1, 4)), ws.getCell(at + 1, 5).value]).toEqual([ips.label, '2023', 1_974_000, 1_874_000, 'regnefejl']);
    const rebild = (await load(templateCase('rebild-ips-2022')!)).getWorksheet('Budgetnotat')!;
    expect(texts(rebild)).not.toContain('Afvigelser fra kildens tal');
  });

  it('lists a stated payback that the case does not give in years, as regnefejl', async () => {
    // The Aarhus note pays back in År 6; a source that states 3 år is wrong by arithmetic.
    const c: Case = { ...templateCase('aarhus-ips-2022')!, statedKeyFigures: { paybackTotal: '3' } };
    const ws = (await load(c)).getWorksheet('Budgetnotat')!;
    // After the block's heading and Bilag B's two rounding lines.
    const at = rowOf(ws, 'Afvigelser fra kildens tal') + 3;
    expect(values(ws, at).slice(0, 5)).toEqual(['Tilbagebetalingstid, totaløkonomi', 'Nøgletal', '3 år', '6 år', 'regnefejl']);
  });
});

describe('number formats', () => {
  it("are Excel's locale-neutral codes: , groups thousands and . marks decimals, no separator as a literal", async () => {
    let checked = 0;
    for (const { name, case: c } of exportCases()) {
      const styles = strFromU8(unzipSync(await exportCaseXlsx(c))['xl/styles.xml']!);
      const codes = [...styles.matchAll(/formatCode="([^"]*)"/g)].map((m) => m[1]!.replace(/&quot;/g, '"'));
      for (const code of codes) {
        const literals = [...code.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
        // Quoted text is printed as it stands: a "." or "," there would be a Danish or English separator in every locale.
        for (const text of literals) expect(text, `${name}: ${code}`).toMatch(/^[^0-9.,]*$/);
        const bare = code.replace(/"[^"]*"/g, '');
        expect(bare, `${name}: ${code}`).toMatch(/^[#0,.%;-]+$/);
        // A thousands group is "#,##0"; a trailing comma scales by 1.000; decimals follow one ".".
        for (const section of bare.split(';')) expect(section, `${name}: ${code}`).toMatch(/^-?(#,##0|0)(\.0+#*)?,{0,2}%?$/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
