/**
 * The key figures under the economy table: the cumulative result per year, payback time on both
 * bases, break-even year, net result over the horizon, 7 and 10 years, and NPV. Each figure that
 * follows from the result row is a formula over it with the engine's figure cached; payback on
 * serviceeffektivisering needs the case recomputed with only the Service rows, so it is the
 * engine's number, marked as such.
 */
import type ExcelJS from 'exceljs';
import type { Decimal } from '../../money/decimal';
import type { PeriodAxis } from '../../model/case';
import { keyFigures, type KeyFigures } from '../../figures/key-figures';
import { totalPhrase, totalWords } from '../../model/total-word';
import { excelNumber } from './cell-values';
import { periodColumn, SHEET, type WorkbookLayout } from './layout';
import { columnLetter } from '../column-letters';
import { moneyFormat, RATE_FORMAT, YEAR_FORMAT, YEARS_FORMAT } from './number-formats';
import type { ExportContext } from './row-cells';
import { headerCell, noteCell, plainCell, styleRow } from './styles';

const NONE = '-';

interface Figure {
  label: string;
  value: ExcelJS.CellValue;
  numFmt?: string;
  note?: string;
}

/** Writes the block from worksheet row `start`; returns the last row used and the figures. */
export function writeKeyFigures(ws: ExcelJS.Worksheet, ctx: ExportContext, start: number, lastColumn: number): { lastRow: number; figures: KeyFigures } {
  const k = keyFigures(ctx.c, ctx.engine);
  const { c, layout } = ctx;
  const heading = ws.getRow(start);
  heading.getCell(1).value = 'Nøgletal';
  styleRow(ws, start, lastColumn, headerCell);
  let at = start + 1;
  const money = moneyFormat(c.unit, c.decimals);
  const resultId = k.resultRowId;
  if (!resultId || k.problems.length > 0 || !layout.places.has(resultId)) {
    for (const problem of k.problems.length ? k.problems : ['Sagen har ingen resultatrække']) {
      ws.getCell(at, 1).value = problem;
      noteCell(ws.getCell(at, 1));
      at += 1;
    }
    return { lastRow: at - 1, figures: k };
  }
  const cumulativeRow = at++;
  writeCumulative(ws, ctx, resultId, cumulativeRow, k, money);
  const rateRow = at;
  const figures = figureList(ctx, k, resultId, cumulativeRow, rateRow, money);
  for (const f of figures) {
    ws.getCell(at, 1).value = f.label;
    styleRow(ws, at, 3, plainCell);
    const cell = ws.getCell(at, 2);
    cell.value = f.value;
    cell.alignment = { horizontal: 'right' };
    if (f.numFmt) cell.numFmt = f.numFmt;
    if (f.note) {
      ws.getCell(at, 3).value = f.note;
      noteCell(ws.getCell(at, 3));
      ws.getCell(at, 3).alignment = { indent: 1 };
    }
    at += 1;
  }
  return { lastRow: at - 1, figures: k };
}

function writeCumulative(ws: ExcelJS.Worksheet, ctx: ExportContext, resultId: string, at: number, k: KeyFigures, numFmt: string): void {
  ws.getCell(at, 1).value = 'Akkumuleret resultat';
  styleRow(ws, at, periodColumn(ctx.c.axis.count - 1), plainCell);
  for (let p = 0; p < ctx.c.axis.count; p++) {
    const here = ctx.layout.ref(resultId, p, SHEET.budget)!;
    const formula = p === 0 ? here : `${columnLetter(periodColumn(p - 1))}${at}+${here}`;
    const cell = ws.getCell(at, periodColumn(p));
    cell.value = { formula, result: money(k.cumulative[p] ?? null) };
    cell.numFmt = numFmt;
  }
}

const money = (d: Decimal | null): number => (d === null ? 0 : excelNumber(d));

function figureList(ctx: ExportContext, k: KeyFigures, resultId: string, cumulativeRow: number, rateRow: number, numFmt: string): Figure[] {
  const { c, layout } = ctx;
  const P = c.axis.count;
  const rate = `$B$${rateRow}`;
  const start = k.firstActiveYear === null ? -1 : k.firstActiveYear - c.axis.firstYear;
  const paybackRow = rateRow + 1;
  const sum = (from: number, count: number, value: Decimal | null): ExcelJS.CellValue =>
    value === null ? NONE : { formula: `SUM(${resultCells(layout, resultId, from, from + count - 1)})`, result: money(value) };
  const gainTest = c.result.convention === 'gainPositive' ? '>=0' : '<=0';
  const cumulative = (from: number) => `${columnLetter(periodColumn(from))}${cumulativeRow}:${columnLetter(periodColumn(P - 1))}${cumulativeRow}`;
  return [
    { label: 'Diskonteringsrente', value: excelNumber(k.discountRate), numFmt: RATE_FORMAT },
    {
      label: 'Tilbagebetalingstid, totaløkonomi',
      value: start < 0 ? NONE : { formula: `IFERROR(MATCH(1,INDEX((${cumulative(start)}${gainTest})*1,0),0),"${NONE}")`, result: k.paybackTotal ?? NONE },
      numFmt: YEARS_FORMAT,
      note: start < 0 ? undefined : `Regnet fra ${k.firstActiveYear} som år 1`,
    },
    {
      label: 'Tilbagebetalingstid, serviceeffektivisering',
      value: k.paybackService ?? NONE,
      numFmt: YEARS_FORMAT,
      note: 'Beregnet af Budgetnotat med kun rækkerne under styringsområdet Service',
    },
    {
      label: 'Break-even år',
      value: start < 0 ? NONE : { formula: breakEvenFormula(c.axis, k.firstActiveYear!, `B${paybackRow}`), result: (c.axis.labelStyle === 'relative' ? k.breakEvenLabel : k.breakEvenYear) ?? NONE },
      numFmt: YEAR_FORMAT,
    },
    { label: `${totalPhrase(totalWords(c).period, 'Nettoresultat')} over hele perioden`, value: sum(0, P, k.netTotal), numFmt },
    { label: 'Nettoresultat over 7 år', value: start < 0 ? NONE : sum(start, 7, k.net7), numFmt },
    { label: 'Nettoresultat over 10 år', value: start < 0 ? NONE : sum(start, 10, k.net10), numFmt },
    { label: 'Nutidsværdi (NPV)', value: start < 0 || k.npv === null ? NONE : { formula: npvFormula(ctx, k, resultId, start, rate), result: money(k.npv) }, numFmt },
  ];
}

/**
 * The break-even year from the payback cell, named as the sheet names its columns (as
 * shared/model/period.ts' yearLabel does): the calendar year, or "År n" on an axis labelled År n.
 */
function breakEvenFormula(axis: PeriodAxis, firstActiveYear: number, payback: string): string {
  const shown = axis.labelStyle === 'relative' ? `"År "&(${firstActiveYear - axis.relativeFirstYear}+${payback})` : `${firstActiveYear - 1}+${payback}`;
  return `IF(ISNUMBER(${payback}),${shown},"${NONE}")`;
}

/** The result row's cells over periods from..to: a range, or the one cell of a constant row repeated. */
function resultCells(layout: WorkbookLayout, id: string, from: number, to: number): string {
  const range = layout.range(id, from, to, SHEET.budget);
  return range ?? Array.from({ length: to - from + 1 }, () => layout.ref(id, from, SHEET.budget)!).join(',');
}

/**
 * NPV from the first active year, as the engine counts it: every year is a period, also an empty
 * one. Excel's NPV skips empty cells, so a result row with gaps gets the explicit discounting.
 */
function npvFormula(ctx: ExportContext, k: KeyFigures, resultId: string, start: number, rate: string): string {
  const P = ctx.c.axis.count;
  const cells = resultCells(ctx.layout, resultId, start, P - 1);
  if (k.result.slice(start).every((v) => v !== null)) return `NPV(${rate},${cells})`;
  const first = ctx.layout.ref(resultId, start, SHEET.budget)!;
  return `SUMPRODUCT(${cells},1/(1+${rate})^(COLUMN(${cells})-COLUMN(${first})+1))`;
}
