/**
 * The sheet "Fordeling": the economy's line items added up by udvalg × styringsområde × I/U per
 * year, like "Bevillingstekniske oplysninger" in the municipalities' notes, sorted by udvalg,
 * then styringsområde, then I/U. Every amount is a formula over the cells of "Budgetnotat", with
 * the sum the engine's values give cached. A case with nothing to distribute gets no such sheet.
 */
import type ExcelJS from 'exceljs';
import { Decimal, ZERO } from '../../money/decimal';
import { FormulaError } from '../../formula/errors';
import type { Row } from '../../model/case';
import { allRows } from '../../model/rows';
import { cellText, formulaCell } from './cell-values';
import { SHEET, sumOfRefs } from './layout';
import { columnLetter } from '../column-letters';
import { moneyFormat } from './number-formats';
import { periodHeaderValue, tableCornerText } from './budget-sheet';
import type { ExportContext } from './row-cells';
import { fitWrappedLabels } from './page-fit';
import { headerCell, plainCell, resultCell, styleRow } from './styles';
import { totalWords } from '../../model/total-word';

const KEY_COLUMNS = ['Udvalg', 'Styringsområde', 'I/U'] as const;
const FIRST_YEAR_COLUMN = KEY_COLUMNS.length + 2;

export interface Group {
  udvalg: string;
  area: string;
  iu: string;
  rows: Row[];
}

/** Line items (input and formula rows by year, on the economy table) with at least one of the three keys; none: nothing to distribute. */
export function distributionGroups(ctx: ExportContext): Group[] {
  const byKey = new Map<string, Group>();
  for (const row of allRows(ctx.c)) {
    if ((row.kind !== 'input' && row.kind !== 'formula') || ctx.layout.places.get(row.id)?.sheet !== SHEET.budget) continue;
    const udvalg = row.classification.udvalg?.trim() ?? '';
    const area = row.classification.styringsomraade?.trim() ?? '';
    const iu = row.classification.iu ?? '';
    if (!udvalg && !area && !iu) continue;
    const key = JSON.stringify([udvalg, area, iu]);
    const group = byKey.get(key) ?? { udvalg, area, iu, rows: [] };
    group.rows.push(row);
    byKey.set(key, group);
  }
  const order = (a: string, b: string) => (a === b ? 0 : a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'da'));
  return [...byKey.values()].sort((a, b) => order(a.udvalg, b.udvalg) || order(a.area, b.area) || order(a.iu, b.iu));
}

/** The engine's sum of some cells, as the formula adding them computes it; an error stays an error. */
function sumOf(values: ReturnType<ExportContext['engine']['value']>[]): Decimal | FormulaError {
  let sum = ZERO;
  for (const v of values) {
    if (v instanceof FormulaError) return v;
    if (typeof v === 'string') return new FormulaError('#VALUE!', 'Tekst kan ikke lægges sammen');
    // SUM over references skips booleans, as it skips empty cells.
    if (v instanceof Decimal) sum = sum.plus(v);
  }
  return sum;
}

/** Writes the groups (see distributionGroups; at least one) from row 1. */
export function writeDistributionSheet(ws: ExcelJS.Worksheet, ctx: ExportContext, list: Group[]): { lastRow: number; lastColumn: number } {
  const { c, engine, layout } = ctx;
  const word = cellText(totalWords(c).table);
  const P = c.axis.count;
  const money = moneyFormat(c.unit, c.decimals);
  const last = FIRST_YEAR_COLUMN + P;
  const col = (p: number) => FIRST_YEAR_COLUMN + p;
  ws.getCell(1, 1).value = 'Fordeling på udvalg, styringsområde og indtægt/udgift';
  ws.getCell(1, 1).font = { name: 'Arial', bold: true, size: 14 };
  const headerRow = 3;
  const header = ws.getRow(headerRow);
  header.getCell(1).value = tableCornerText(c);
  KEY_COLUMNS.forEach((k, i) => (header.getCell(i + 2).value = k));
  for (let p = 0; p < P; p++) header.getCell(col(p)).value = periodHeaderValue(c, p);
  header.getCell(last).value = word;
  styleRow(ws, headerRow, last, headerCell);
  KEY_COLUMNS.forEach((_, i) => (header.getCell(i + 2).alignment = { horizontal: 'left' }));
  const first = headerRow + 1;
  list.forEach((g, i) => {
    const at = first + i;
    styleRow(ws, at, last, plainCell);
    ws.getCell(at, 1).value = cellText(g.rows.map((r) => r.label).join(', '));
    ws.getCell(at, 1).alignment = { wrapText: true };
    [g.udvalg, g.area, g.iu].forEach((text, k) => (ws.getCell(at, k + 2).value = cellText(text)));
    for (let p = 0; p < P; p++) {
      const cell = ws.getCell(at, col(p));
      cell.value = formulaCell(sumOfRefs(layout.rowRanges(g.rows.map((r) => r.id), p, SHEET.distribution)), sumOf(g.rows.map((r) => engine.value(r.id, p))));
      cell.numFmt = money;
    }
    writeRowTotal(ws, at, P, col, last, money, sumOf(g.rows.flatMap((r) => engine.rowValues(r.id))));
  });
  const totalRow = first + list.length;
  styleRow(ws, totalRow, last, resultCell);
  ws.getCell(totalRow, 1).value = word;
  for (let p = 0; p < P; p++) {
    const cell = ws.getCell(totalRow, col(p));
    const letter = columnLetter(col(p));
    cell.value = formulaCell(`SUM(${letter}${first}:${letter}${totalRow - 1})`, sumOf(list.flatMap((g) => g.rows.map((r) => engine.value(r.id, p)))));
    cell.numFmt = money;
  }
  writeRowTotal(ws, totalRow, P, col, last, money, sumOf(list.flatMap((g) => g.rows.flatMap((r) => engine.rowValues(r.id)))));
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 22;
  ws.getColumn(3).width = 18;
  ws.getColumn(4).width = 6;
  for (let p = 0; p <= P; p++) ws.getColumn(col(p)).width = 11;
  fitWrappedLabels(ws, list.map((_, i) => first + i));
  return { lastRow: totalRow, lastColumn: last };
}

function writeRowTotal(ws: ExcelJS.Worksheet, at: number, P: number, col: (p: number) => number, last: number, numFmt: string, value: Decimal | FormulaError): void {
  const cell = ws.getCell(at, last);
  cell.value = formulaCell(`SUM(${columnLetter(col(0))}${at}:${columnLetter(col(P - 1))}${at})`, value);
  cell.numFmt = numFmt;
}
