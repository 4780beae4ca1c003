/**
 * Export benchmark: our whole xlsx export (engine, formula translation, cached values, styles,
 * number formats, key figures, chart picture, three sheets, embedded case) against ExcelJS
 * writing the same cells (every value and formula with its cached result, taken from our
 * workbook beforehand) without any formatting, in the same run, for a 1 000-row case and the
 * 10 000-row × 20-period chained case.
 *
 *   node --expose-gc --import tsx tests/bench/export.ts [--json] [--repeats N]
 *
 * Each side gets two untimed runs first: the chart renderer's WebAssembly is compiled lazily and
 * sped up by V8 over its first drawings, a cost paid once per process or export worker.
 *
 * Reported, never enforced: the exit code is 1 only when an export's cached value differs from
 * the engine's (a fast wrong export is worthless).
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { Engine } from '../../shared/engine/engine';
import { Decimal } from '../../shared/money/decimal';
import { allRows } from '../../shared/model/rows';
import type { Case } from '../../shared/model/case';
import { installNodeRasterAssets } from '../../electron/cli/raster-assets';
import { loadRaster } from '../../shared/xlsx/export/chart/svg-raster';
import { buildExportWorkbook } from '../../shared/xlsx/export/export-workbook';
import { periodColumn } from '../../shared/xlsx/export/layout';
import { columnLetter } from '../../shared/xlsx/column-letters';
import { chainWorkload, sectionsWorkload } from './generate-case';
import { gc, median } from './measure';

const args = process.argv.slice(2);
const json = args.includes('--json');
const repeatsArg = args.indexOf('--repeats');
const REPEATS = repeatsArg >= 0 ? Math.max(1, Number(args[repeatsArg + 1]) || 5) : 5;
const WARMUPS = 2;

async function timed(f: () => Promise<unknown>): Promise<number> {
  gc();
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

async function ours(c: Case): Promise<{ bytes: number; built: ReturnType<typeof buildExportWorkbook> }> {
  const built = buildExportWorkbook(c);
  const buffer = await built.workbook.xlsx.writeBuffer();
  return { bytes: buffer.byteLength, built };
}

type Grid = Array<{ sheet: string; rows: ExcelJS.CellValue[][] }>;

/** The values and formulas of our workbook's visible sheets, without their styles. */
function gridOf(built: ReturnType<typeof buildExportWorkbook>): Grid {
  return built.workbook.worksheets
    .filter((ws) => ws.state === 'visible')
    .map((ws) => {
      const rows: ExcelJS.CellValue[][] = [];
      ws.eachRow((row, r) => (rows[r] = (row.values as ExcelJS.CellValue[]).slice()));
      return { sheet: ws.name, rows };
    });
}

/** The same cells, bare: ExcelJS writes them with no formatting. */
async function bare(grid: Grid): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  for (const { sheet, rows } of grid) {
    const ws = workbook.addWorksheet(sheet);
    rows.forEach((values, r) => (ws.getRow(r).values = values));
  }
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

/** The result row's last cached value must be the engine's. */
function check(name: string, c: Case, built: ReturnType<typeof buildExportWorkbook>): string | null {
  const id = c.result.rowId!;
  const p = c.axis.count - 1;
  const place = built.layout.places.get(id)!;
  const cell = built.workbook.getWorksheet(place.sheet)!.getCell(`${columnLetter(periodColumn(p))}${place.row}`).value as ExcelJS.CellFormulaValue;
  const engine = Engine.create(c).value(id, p);
  return engine instanceof Decimal && cell.result === engine.toNumber() ? null : `${name}: cached ${String(cell.result)}, engine ${String(engine)}`;
}

async function measure(name: string, c: Case) {
  const first = await ours(c);
  const problem = check(name, c, first.built);
  const grid = gridOf(first.built);
  await bare(grid);
  for (let i = 1; i < WARMUPS; i++) {
    await ours(c);
    await bare(grid);
  }
  const oursMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    oursMs.push(await timed(() => ours(c)));
    bareMs.push(await timed(() => bare(grid)));
  }
  const cells = allRows(c).length * c.axis.count;
  const ratios = oursMs.map((t, i) => t / bareMs[i]!).sort((a, b) => a - b);
  return { name, cells, oursMs: median(oursMs), bareMs: median(bareMs), ratio: median(oursMs) / median(bareMs), spread: [ratios[0]!, ratios.at(-1)!] as const, bytes: first.bytes, problem };
}

// The chart's renderer loads once per process, as in the CLI; each export then draws its chart.
installNodeRasterAssets();
await loadRaster();
const results = [
  await measure('1 000 rækker × 10 perioder (afsnit, SUM, resultat)', sectionsWorkload(10, 99, 10).case),
  await measure('10 000 rækker × 20 perioder (kædede formler)', chainWorkload(10_000, 20).case),
];

if (json) console.log(JSON.stringify(results, null, 2));
else {
  console.log('\nxlsx-eksport mod ExcelJS (samme celler og formler uden formatering), median af', REPEATS);
  for (const r of results) {
    const met = r.ratio <= 2 ? 'nået' : 'IKKE nået';
    console.log(
      `  ${r.name}: ${r.oursMs.toFixed(0)} ms mod ${r.bareMs.toFixed(0)} ms = ${r.ratio.toFixed(2)} × ExcelJS (de enkelte kørsler ${r.spread[0].toFixed(2)}–${r.spread[1].toFixed(2)} ×; mål ≤ 2 ×: ${met}; ${r.cells} celler, ${(r.bytes / 1e6).toFixed(1)} MB)`,
    );
  }
}
const problems = results.map((r) => r.problem).filter((p) => p !== null);
for (const p of problems) console.error(`ERROR: ${p}`);
if (problems.length) process.exit(1);
