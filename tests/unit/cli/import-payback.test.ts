/**
 * The sign convention an import infers, seen where it matters: the payback time `recalc` gives for
 * a case `import -o` made. Every expected figure is read off the seed notes (../shared/seeds):
 * - Aarhus' business case: Provenu -835, -692, 468, 396, 348, 356, 324 (Provenu = Besparelse −
 *   Investering, gains positive); cumulative -835, -1.527, -1.059, -663, -315, 41 → paid back in År 6.
 * - Aarhus' Bilag B: Balance -1.476, -1.150, then 490 a year (2025–2030); cumulative 2029 -176,
 *   2030 314 → 8 years, break-even 2030.
 * - Copenhagen's 1.1 konsekvenser: Samlet økonomisk påvirkning -2.250 in 2017 (expenses positive,
 *   so a gain from the first year) → 1, as the note states; on serviceeffektivisering only
 *   Virksomhedsopsøgende arbejde (Service: 1.000, 1.000) is left, a cost never paid back → "-".
 * - Rebild: Resultat 1,18, -0,11, -0,41, -0,41 (expenses positive); cumulative still 0,25 in 2025
 *   → none. Sydhavnen: only expenses → none.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../../shared/file/load';
import { allRows } from '../../../shared/model/rows';
import { bold, buildWorkbook, type CellSpec, type SheetSpec } from '../xlsx/import/build-workbook';
import { casesDir } from '../xlsx/import/cases-dir';
import { cli } from './run-cli';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-payback-'));
});

interface Payback {
  convention: string;
  paybackTotal: number | null;
  paybackService: number | null;
  breakEvenYear: number | null;
}

/** `import FILE -o CASE --table N`, then `recalc CASE --json`: the key figures a user gets. */
async function paybackOf(file: string, table: number): Promise<Payback> {
  const out = path.join(dir, `${path.basename(file)}-${table}.budgetnotat`);
  const imported = await cli('import', file, '-o', out, '--table', String(table));
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  // The case written: every subtotal, total and result is a formula in every period.
  const loaded = loadCaseFile(await readFile(out, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error);
  for (const row of allRows(loaded.case).filter((r) => r.kind === 'subtotal' || r.kind === 'result')) {
    expect(row.cells.every((cell) => cell !== null && 'formula' in cell), row.label).toBe(true);
  }
  const report = JSON.parse((await cli('recalc', out, '--json')).stdout) as { keyFigures: Payback };
  const { convention, paybackTotal, paybackService, breakEvenYear } = report.keyFigures;
  return { convention, paybackTotal, paybackService, breakEvenYear };
}

async function workbookFile(name: string, sheets: SheetSpec[]): Promise<string> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeFile(file, await buildWorkbook(sheets));
  return file;
}

/** A seed note pasted into a sheet line by line, tabs as cells (as seed-text.test.ts does). */
function seedSheet(seed: string): SheetSpec {
  const text = readFileSync(path.join(casesDir, '..', 'seeds', seed), 'utf8');
  return { name: 'Notat', rows: text.split('\n').map((line) => (line.trim() === '' ? [] : line.split('\t').map((cell) => cell.trim() || null))) };
}

const INVESTERING = [1476, 1476, null, null, null, null, null];
const BESPARELSE = [641, 784, 468, 396, 348, 356, 324];
const PROVENU = [-835, -692, 468, 396, 348, 356, 324];
const YEARS_REL = ['År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7'];
const COLS = 'BCDEFGH';

/** Aarhus' business case as officers lay it out in Excel; each must pay back in year 6. */
const aarhusLayouts: Array<[string, CellSpec[][], number]> = [
  ['typed numbers, Total column', [
    ['Tusind kr.', ...YEARS_REL, 'Total'],
    ['Investering', ...INVESTERING, 2952],
    ['Besparelse', ...BESPARELSE, 3317],
    ['Provenu', ...PROVENU, 365],
  ], 6],
  ['bold Provenu, no Total column', [
    ['1.000 kr.', ...YEARS_REL],
    ['Investering', ...INVESTERING],
    ['Besparelse', ...BESPARELSE],
    [bold('Provenu'), ...PROVENU.map((v) => bold(v))],
  ], 6],
  ['Provenu as formulas with cached values, totals as SUM', [
    ['1.000 kr.', ...YEARS_REL, 'Total'],
    ['Investering', ...INVESTERING, { f: 'SUM(B2:H2)', v: 2952 }],
    ['Besparelse', ...BESPARELSE, { f: 'SUM(B3:H3)', v: 3317 }],
    ['Provenu', ...PROVENU.map((v, k) => ({ f: `${COLS[k]}3-${COLS[k]}2`, v })), { f: 'SUM(B4:H4)', v: 365 }],
  ], 6],
  ['Provenu as formulas without cached values', [
    ['1.000 kr.', ...YEARS_REL],
    ['Investering', ...INVESTERING],
    ['Besparelse', ...BESPARELSE],
    ['Provenu', ...PROVENU.map((_, k) => ({ f: `${COLS[k]}3-${COLS[k]}2` }))],
  ], 6],
  ['a stated Tilbagebetalingstid line under it', [
    ['1.000 kr.', ...YEARS_REL],
    ['Investering', ...INVESTERING],
    ['Besparelse', ...BESPARELSE],
    ['Provenu', ...PROVENU],
    ['Tilbagebetalingstid (år)', 6],
  ], 6],
  ['calendar years 2023–2029', [
    ['1.000 kr.', 2023, 2024, 2025, 2026, 2027, 2028, 2029],
    ['Investering', ...INVESTERING],
    ['Besparelse', ...BESPARELSE],
    ['Provenu', ...PROVENU],
  ], 2028],
  ['the investment typed negative, Provenu their sum', [
    ['1.000 kr.', ...YEARS_REL],
    ['Investering', ...INVESTERING.map((v) => (v === null ? null : -v))],
    ['Besparelse', ...BESPARELSE],
    ['Provenu', ...PROVENU],
  ], 6],
];

// Each check runs the real bin twice (import, recalc); on a busy machine that takes seconds.
describe('import -o, then recalc: payback as the notes state it', { timeout: 90_000 }, () => {
  it('Aarhus\' business case in the note\'s own text pays back in År 6', async () => {
    const file = await workbookFile('aarhus-note', [seedSheet('002_9f804852f4480f64.txt')]);
    expect(await paybackOf(file, 1)).toEqual({ convention: 'gainPositive', paybackTotal: 6, paybackService: null, breakEvenYear: 6 });
  });

  it.each(aarhusLayouts)('Aarhus\' business case, %s, pays back in year 6', async (name, rows, breakEven) => {
    const file = await workbookFile(`aarhus-${aarhusLayouts.findIndex((l) => l[0] === name)}`, [{ name: 'Business case', rows }]);
    expect(await paybackOf(file, 1)).toEqual({ convention: 'gainPositive', paybackTotal: 6, paybackService: null, breakEvenYear: breakEven });
  });

  it('Aarhus\' Bilag B pays back in 8 years (2030), from the note\'s text and from the typed workbook', async () => {
    const file = await workbookFile('aarhus-note-b', [seedSheet('002_9f804852f4480f64.txt')]);
    expect(await paybackOf(file, 3)).toEqual({ convention: 'gainPositive', paybackTotal: 8, paybackService: null, breakEvenYear: 2030 });
    expect(await paybackOf(path.join(casesDir, '002-bilagb.clean-typed.xlsx'), 1)).toEqual({ convention: 'gainPositive', paybackTotal: 8, paybackService: null, breakEvenYear: 2030 });
  });

  it('Copenhagen\'s konsekvenser: 1 on totaløkonomi, "-" on serviceeffektivisering, as its payback lines state', async () => {
    const fromText = await workbookFile('kk-note', [seedSheet('001_154113e1e266f373.txt')]);
    const want = { convention: 'expensePositive', paybackTotal: 1, paybackService: null, breakEvenYear: 2017 };
    expect(await paybackOf(fromText, 1)).toEqual(want);
    expect(await paybackOf(path.join(casesDir, '001-konsekvenser.clean.xlsx'), 1)).toEqual(want);
    // "-" is the computed figure, not a missing one: the stated lines agree with the case.
    const report = JSON.parse((await cli('import', fromText, '--json')).stdout) as { discrepancies: Array<{ row: string }> };
    expect(report.discrepancies.filter((d) => /Tilbagebetalingstid/.test(d.row))).toEqual([]);
  });

  const none = { convention: 'expensePositive', paybackTotal: null, paybackService: null, breakEvenYear: null };

  it('Rebild never pays back within its years', async () => {
    const rebild = await workbookFile('rebild-note', [seedSheet('000_96dcde7c7a53f0af.txt')]);
    expect(await paybackOf(rebild, 1)).toEqual(none);
    expect(await paybackOf(path.join(casesDir, '000-okonomi.clean.xlsx'), 1)).toEqual(none);
  });

  it('Sydhavnen (expenses only) never pays back, in none of its three tables', async () => {
    const sydhavnen = await workbookFile('sydhavnen-note', [seedSheet('003_55195ca56a575ba2.txt')]);
    expect(await Promise.all([1, 2, 3].map((table) => paybackOf(sydhavnen, table)))).toEqual([none, none, none]);
  });
});
