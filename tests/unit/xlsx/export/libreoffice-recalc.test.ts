/**
 * The exported formulas are the engine's formulas: LibreOffice, told to recalculate every cell
 * (not to show the cached values), gets the engine's numbers to 0,01 kr. for every template, every
 * workbook in ../shared/cases/ (imported, then exported) and the formula tour, on the economy table
 * and in every table view on "Tabeller", and the cached values in the file's XML are those numbers
 * too. A copy with one cached value changed must be caught, or the comparison proves nothing.
 *
 * Outside CI the test is skipped, with the reason printed, where LibreOffice is not installed; in
 * CI (env CI set) a missing LibreOffice fails it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRaster } from '../../../../shared/xlsx/export/chart/svg-raster';
import { buildExportWorkbook } from '../../../../shared/xlsx/export/export-workbook';
import { lastTableColumn } from '../../../../shared/xlsx/export/budget-sheet';
import { columnLetter } from '../../../../shared/xlsx/column-letters';
import { viewPeriodColumn } from '../../../../shared/xlsx/export/views-sheet';
import { libreOfficeMissing, recalculate, type LoWorkbook } from '../../../libreoffice/libreoffice';
import type { Case } from '../../../../shared/model/case';
import { exportCases } from './export-fixtures';
import { seedWorkbookCases } from './seed-workbook-cases';
import { cachedMismatches, engineMismatches, viewMismatches } from './recalc-compare';
import { readXmlCells, withCachedValue } from './xlsx-cells';

const missing = libreOfficeMissing();
if (missing && process.env.CI) throw new Error(`CI must have LibreOffice for the export test: ${missing}`);
if (missing) console.warn(`Skipping the LibreOffice recalculation test: ${missing}`);

interface Exported {
  name: string;
  file: string;
  bytes: Uint8Array;
  built: ReturnType<typeof buildExportWorkbook>;
}

describe.skipIf(missing !== null)('exported workbooks recalculated by LibreOffice', () => {
  const exported: Exported[] = [];
  const cases: Array<{ name: string; case: Case }> = [];
  let results: Record<string, LoWorkbook> = {};
  let corruptFile = '';
  let corruptViewFile = '';

  beforeAll(async () => {
    // buildExportWorkbook draws the chart with the renderer already loaded (exportCaseXlsx loads it itself).
    await loadRaster();
    const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-export-'));
    cases.push(...exportCases(), ...(await seedWorkbookCases()));
    for (const { name, case: c } of cases) {
      const built = buildExportWorkbook(c);
      const bytes = new Uint8Array(await built.workbook.xlsx.writeBuffer());
      const file = path.join(dir, `${name}.xlsx`);
      await writeFile(file, bytes);
      exported.push({ name, file, bytes, built });
    }
    // The Aarhus result (Provenu) in År 1, cached 1 000 kr. off.
    const aarhus = exported.find((e) => e.name === 'aarhus-ips-2022')!;
    corruptFile = path.join(dir, 'aarhus-corrupt.xlsx');
    await writeFile(corruptFile, withCachedValue(aarhus.bytes, 'Budgetnotat', provenuAddress(aarhus), -834000));
    corruptViewFile = path.join(dir, 'aarhus-corrupt-view.xlsx');
    await writeFile(corruptViewFile, withCachedValue(aarhus.bytes, 'Tabeller', viewProvenuAddress(aarhus), -834000));
    results = await recalculate([...exported.map((e) => e.file), corruptFile, corruptViewFile]);
  }, 300_000);

  function provenuAddress(e: Exported): string {
    const rowOf = e.built.table.sections.flatMap((s) => s.rows).find((r) => r.row.label === 'Provenu')!.at;
    return `C${rowOf}`;
  }

  /** Provenu in År 1 of the Aarhus view "Business case" on "Tabeller". */
  function viewProvenuAddress(e: Exported): string {
    const view = e.built.views.find((v) => v.view.title === 'Business case')!;
    const line = view.lines.find((l) => 'row' in l && l.label === 'Provenu')!;
    return `${columnLetter(viewPeriodColumn(view, view.view.fromPeriod))}${line.at}`;
  }

  it('recalculates every formula cell to the value cached in the file', () => {
    for (const e of exported) {
      const { mismatches, compared } = cachedMismatches(readXmlCells(e.bytes), results[e.file]!);
      expect(mismatches, e.name).toEqual([]);
      expect(compared, `${e.name}: formula cells compared`).toBeGreaterThan(10);
    }
  });

  it("recalculates every row's formula cells and totals to the engine's values within 0,01 kr.", () => {
    for (const e of exported) {
      const c = cases.find((x) => x.name === e.name)!.case;
      const { mismatches, compared } = engineMismatches(c, e.built.layout, results[e.file]!, lastTableColumn(c));
      expect(mismatches, e.name).toEqual([]);
      expect(compared, `${e.name}: engine values compared`).toBeGreaterThanOrEqual(4);
    }
  });

  it("recalculates every cell and total of every table view to the engine's values within 0,01 kr.", () => {
    let views = 0;
    for (const e of exported) {
      const c = cases.find((x) => x.name === e.name)!.case;
      const { mismatches, compared } = viewMismatches(c, e.built.views, results[e.file]!);
      expect(mismatches, e.name).toEqual([]);
      // Each view row has at least one period cell compared.
      expect(compared, `${e.name}: view cells compared`).toBeGreaterThanOrEqual(e.built.views.flatMap((v) => v.lines.filter((l) => 'row' in l && l.row.kind !== 'note')).length);
      views += e.built.views.length;
    }
    // Copenhagen's four tables, Aarhus' three, Sydhavnen's two, Rebild's one and the formula tour's.
    expect(views).toBeGreaterThanOrEqual(11);
  });

  it('catches a view cell whose cached value is not what the reference gives', () => {
    const aarhus = exported.find((e) => e.name === 'aarhus-ips-2022')!;
    const address = viewProvenuAddress(aarhus);
    const corrupt = readXmlCells(withCachedValue(aarhus.bytes, 'Tabeller', address, -834000));
    expect(corrupt.get('Tabeller')!.get(address)!.formula).toMatch(/^'Budgetnotat'!C\d+$/);
    const { mismatches } = cachedMismatches(corrupt, results[corruptViewFile]!);
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toContain(`Tabeller!${address}`);
    expect(mismatches[0]).toContain('LibreOffice -835000');
  });

  it('catches a cached value that is not what the formula gives', () => {
    const aarhus = exported.find((e) => e.name === 'aarhus-ips-2022')!;
    const corrupt = readXmlCells(withCachedValue(aarhus.bytes, 'Budgetnotat', provenuAddress(aarhus), -834000));
    const { mismatches } = cachedMismatches(corrupt, results[corruptFile]!);
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toContain(`Budgetnotat!${provenuAddress(aarhus)}`);
    expect(mismatches[0]).toContain('LibreOffice -835000');
  });
});
