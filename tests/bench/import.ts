/**
 * Import benchmark: our whole xlsx import (package checks, ExcelJS load, grid, table detection,
 * formula translation, arithmetic checks, the case and its recalculation) against ExcelJS's own
 * read of the same generated 10 000-row × 12-year workbook, in the same run. The target: table
 * detection and conversion add under 50 % to ExcelJS's read time.
 *
 *   node --expose-gc --import tsx tests/bench/import.ts [--repeats N]
 *
 * Exit code 1 only when the import gets the workbook wrong (rows, roles or a discrepancy where
 * the generated numbers agree): a fast wrong import is worthless.
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { analyseGrids } from '../../shared/xlsx/import/analyse-workbook';
import { openWorkbook } from '../../shared/xlsx/import/open/open-workbook';
import { readGrids } from '../../shared/xlsx/import/read-grid';
import { gc, median } from './measure';

const args = process.argv.slice(2);
const repeatsArg = args.indexOf('--repeats');
const REPEATS = repeatsArg >= 0 ? Math.max(1, Number(args[repeatsArg + 1]) || 5) : 5;
const WARM_UPS = 2;
const ROWS = 10_000;
const YEARS = 12;
const SECTION_ITEMS = 48;

/** Sections of line items, each closed by a SUM subtotal with cached values, and a result row of the subtotals. */
async function generateWorkbook(): Promise<{ bytes: Uint8Array; items: number; subtotals: number }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Økonomi');
  ws.addRow(['Tabel 1. Samlet økonomi (1.000 kr., 2025 p/l)']).font = { bold: true };
  ws.addRow([]);
  ws.addRow(['Beløb i 1.000 kr.', ...Array.from({ length: YEARS }, (_, i) => 2025 + i), 'I alt']).font = { bold: true };
  const col = (i: number) => String.fromCharCode(66 + i);
  const subtotalRows: number[] = [];
  let items = 0;
  let section = 0;
  while (ws.rowCount < ROWS) {
    section++;
    ws.addRow([`Område ${section}`]).font = { bold: true };
    const first = ws.rowCount + 1;
    for (let k = 0; k < SECTION_ITEMS; k++) {
      const r = ws.rowCount + 1;
      ws.addRow([`Post ${section}.${k + 1}`, ...Array.from({ length: YEARS }, (_, y) => ((section * 37 + k * 11 + y * 7) % 500) - 120), { formula: `SUM(B${r}:${col(YEARS - 1)}${r})` }]);
      items++;
    }
    const last = ws.rowCount;
    const r = last + 1;
    const sums = Array.from({ length: YEARS }, (_, y) => {
      let s = 0;
      for (let i = first; i <= last; i++) s += ws.getRow(i).getCell(y + 2).value as number;
      return { formula: `SUM(${col(y)}${first}:${col(y)}${last})`, result: s };
    });
    ws.addRow([`Område ${section} i alt`, ...sums, { formula: `SUM(B${r}:${col(YEARS - 1)}${r})` }]).font = { bold: true };
    subtotalRows.push(r);
  }
  const r = ws.rowCount + 1;
  ws.addRow(['Resultat', ...Array.from({ length: YEARS }, (_, y) => ({ formula: subtotalRows.map((s) => `${col(y)}${s}`).join('+').slice(0, 8000) })), { formula: `SUM(B${r}:${col(YEARS - 1)}${r})` }]);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), items, subtotals: subtotalRows.length };
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  gc();
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const { bytes, items, subtotals } = await generateWorkbook();
  if (process.env.BENCH_SAVE) (await import("node:fs")).writeFileSync(process.env.BENCH_SAVE, bytes);
  const peer = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  };
  let checked = '';
  /** The import's two phases, timed apart: the safe open (package checks, then ExcelJS) and detection + conversion. */
  const ours = async (): Promise<{ open: number; convert: number }> => {
    const t0 = performance.now();
    const opened = await openWorkbook(bytes);
    if (!opened.ok) throw new Error(opened.error);
    const t1 = performance.now();
    const r = analyseGrids(readGrids(opened.workbook));
    const t2 = performance.now();
    const t = r.tables[0]!;
    const roles = t.rows.reduce((m, row) => m.set(row.role, (m.get(row.role) ?? 0) + 1), new Map<string, number>());
    checked = `${t.rows.length} rows (${roles.get('input')} input, ${roles.get('subtotal')} subtotal, ${roles.get('result') ?? 0} result), ${t.discrepancies.length} discrepancies`;
    if (roles.get('input') !== items || roles.get('subtotal') !== subtotals || t.discrepancies.length > 0) {
      console.error(`import got the generated workbook wrong: ${checked}`);
      process.exit(1);
    }
    return { open: t1 - t0, convert: t2 - t1 };
  };
  for (let i = 0; i < WARM_UPS; i++) {
    await peer();
    await ours();
  }
  const peerTimes: number[] = [];
  const openTimes: number[] = [];
  const convertTimes: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    peerTimes.push(await timed(peer));
    gc();
    const { open, convert } = await ours();
    openTimes.push(open);
    convertTimes.push(convert);
  }
  const p = median(peerTimes);
  const o = median(openTimes);
  const c = median(convertTimes);
  const pct = (x: number) => `${((x / p) * 100).toFixed(0)} %`;
  console.log(`xlsx import, ${ROWS.toLocaleString('en')} rows × ${YEARS} years (${(bytes.byteLength / 1024).toFixed(0)} KiB), median of ${REPEATS} after ${WARM_UPS} warm-ups: ${checked}`);
  console.log(`  ExcelJS read only                         ${p.toFixed(1).padStart(8)} ms`);
  console.log(`  safe open (package checks + ExcelJS)      ${o.toFixed(1).padStart(8)} ms   ${pct(o - p)} over ExcelJS's read`);
  console.log(`  table detection and conversion            ${c.toFixed(1).padStart(8)} ms   ${pct(c)} of ExcelJS's read (target < 50 %)`);
  console.log(`  whole import                              ${(o + c).toFixed(1).padStart(8)} ms   ${((o + c) / p).toFixed(2)} × ExcelJS's read`);
}

await main();
