/**
 * Where a table sits on its sheet: the period header row, the label column, the period, total and
 * classification columns, the data rows, title, unit and price level. `findLayouts` guesses every
 * table on a sheet; `layoutAt` builds one from a header row the user chose, with their overrides.
 */
import { unitLabel, type Unit } from '../../money/units';
import { cellAmount, isAmount, stripMarkup } from './cell-number';
import { cellAt, isBlank, textOf, type GridCell, type SheetGrid } from './grid';
import { classColumnOf, isPaybackLabel, isTotalHeader, parsePeriod, parsePeriodInText, type ClassColumn, type Period } from './header-labels';
import { isUnitOnly, priceLevelIn, titleWithoutUnit, unitIn, unitOfBareNumber } from './unit-text';

export interface TableLayout {
  sheet: string;
  headerRow: number;
  /** The column most labels stand in; labels may also stand further left or right of it (indentation). */
  labelCol: number;
  periodCols: number[];
  periods: Period[];
  totalCol: number | null;
  totalLabel: string | null;
  classCols: Array<{ col: number; kind: ClassColumn }>;
  /** First and last data row, inclusive. */
  firstRow: number;
  lastRow: number;
  title: string;
  unit: Unit | null;
  priceLevel: string | null;
}

export interface LayoutOverrides {
  labelCol?: number;
  unit?: Unit;
  priceLevel?: string;
  /** The user pointed at the row as the header: a year anywhere in a header's text names a period. */
  yearsInText?: boolean;
  /** Header rows the user pointed at on the sheet: a table that reaches one ends before it. */
  endsBefore?: readonly number[];
}

const TITLE_ROWS_ABOVE = 5;

export function findLayouts(grid: SheetGrid): TableLayout[] {
  const out: TableLayout[] = [];
  let r = 0;
  while (r < grid.rowCount) {
    const layout = periodRun(grid, r) ? layoutAt(grid, r, {}, out.at(-1)?.lastRow ?? -1) : null;
    if (layout && layout.lastRow >= layout.firstRow) {
      out.push(layout);
      r = layout.lastRow + 1;
    } else {
      r++;
    }
  }
  return out;
}

/** The layout of the table whose period header is row `headerRow`, or null when that row names no periods. */
export function layoutAt(grid: SheetGrid, headerRow: number, overrides: LayoutOverrides = {}, previousEnd = -1): TableLayout | null {
  const run = periodRun(grid, headerRow, overrides.yearsInText ? parsePeriodInText : parsePeriod);
  if (!run) return null;
  const firstPeriodCol = run.cols[0]!;
  const lastPeriodCol = run.cols.at(-1)!;
  const classCols: TableLayout['classCols'] = [];
  let totalCol: number | null = null;
  let totalLabel: string | null = null;
  const header = grid.rows[headerRow] ?? [];
  header.forEach((cell, c) => {
    const text = textOf(cell);
    if (!text || run.cols.includes(c)) return;
    const kind = classColumnOf(text);
    if (kind) classCols.push({ col: c, kind });
    else if (totalCol === null && c > lastPeriodCol && isTotalHeader(text)) {
      totalCol = c;
      totalLabel = stripMarkup(text);
    }
  });
  const skip = new Set([...run.cols, ...classCols.map((k) => k.col), ...(totalCol !== null ? [totalCol] : [])]);
  const lastRow = tableEnd(grid, headerRow, run.cols, skip, new Set(overrides.endsBefore));
  const labelCol = overrides.labelCol ?? guessLabelCol(grid, headerRow + 1, lastRow, firstPeriodCol, skip);
  const above = textsAbove(grid, headerRow, Math.max(previousEnd + 1, headerRow - TITLE_ROWS_ABOVE));
  const headerTexts = header.map(textOf).filter((t, c) => t && !skip.has(c));
  // Some notes put the unit on a line of its own under the years ("\t1.000 kr."): not a row of figures.
  const unitLine = unitLineTexts(grid, headerRow + 1);
  const unitTexts = [...headerTexts, ...bareCornerUnits(header, firstPeriodCol, skip), ...unitLine, ...above.map((a) => a.text)];
  return {
    sheet: grid.name,
    headerRow,
    labelCol,
    periodCols: run.cols,
    periods: run.periods,
    totalCol,
    totalLabel,
    classCols,
    firstRow: headerRow + 1 + (unitLine.length > 0 ? 1 : 0),
    lastRow,
    title: titleOf(above) ?? grid.name,
    unit: overrides.unit ?? firstOf(unitTexts, unitIn),
    priceLevel: overrides.priceLevel ?? firstOf(unitTexts, priceLevelIn),
  };
}

/** The header corner's bare 1000 or 1000000 as the unit's own label ("1.000 kr."), so it ranks as header text. */
function bareCornerUnits(header: Array<GridCell | undefined>, firstPeriodCol: number, skip: Set<number>): string[] {
  return header.slice(0, firstPeriodCol).flatMap((cell, c) => {
    const unit = skip.has(c) ? null : unitOfBareNumber(cell?.value);
    return unit ? [unitLabel(unit)] : [];
  });
}

/** The texts of row `r` when it holds nothing but unit and price level texts; [] otherwise. */
function unitLineTexts(grid: SheetGrid, r: number): string[] {
  const cells = (grid.rows[r] ?? []).filter((cell) => !isBlank(cell));
  const texts = cells.map(textOf);
  return cells.length > 0 && texts.every((t) => t && isUnitOnly(t)) ? texts : [];
}

interface PeriodRun {
  cols: number[];
  periods: Period[];
}

/** The longest run of consecutive periods of one kind in the row (numeric years must step by one). */
function periodRun(grid: SheetGrid, r: number, parse = parsePeriod): PeriodRun | null {
  const row = grid.rows[r];
  if (!row) return null;
  let best: PeriodRun | null = null;
  let current: PeriodRun = { cols: [], periods: [] };
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (isBlank(cell) && current.cols.length > 0) continue;
    const p = parse(cell);
    const prev = current.periods.at(-1);
    if (p && (!prev || follows(prev, p))) {
      current.cols.push(c);
      current.periods.push(p);
    } else {
      current = p ? { cols: [c], periods: [p] } : { cols: [], periods: [] };
    }
    if (current.cols.length >= 2 && (!best || current.cols.length > best.cols.length)) best = { cols: [...current.cols], periods: [...current.periods] };
  }
  return best;
}

function follows(prev: Period, next: Period): boolean {
  if (prev.kind === 'year' && next.kind === 'year') return next.year === prev.year + 1;
  if (prev.kind === 'relative' && next.kind === 'relative') return next.n === prev.n + 1;
  if (prev.kind === 'quarter' && next.kind === 'quarter') {
    const a = (prev.year ?? 0) * 4 + prev.q;
    const b = (next.year ?? prev.year ?? 0) * 4 + next.q;
    return b === a + 1 || (prev.year === null && next.year === null && next.q === prev.q + 1);
  }
  return false;
}

function hasAmounts(grid: SheetGrid, r: number, cols: number[]): boolean {
  return cols.some((c) => {
    const a = cellAmount(cellAt(grid, r, c));
    return isAmount(a) || a.kind === 'error';
  });
}

function rowIsBlank(grid: SheetGrid, r: number): boolean {
  const row = grid.rows[r];
  return !row || row.every((cell) => isBlank(cell));
}

/**
 * A table runs until a new period header, or a blank row that is not followed by more of the
 * table: a number row, or a label row (a section) directly followed by a number row; or at a
 * header row the user pointed at (`stops`).
 */
function tableEnd(grid: SheetGrid, headerRow: number, periodCols: number[], skip: Set<number>, stops: ReadonlySet<number>): number {
  let last = headerRow;
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    if (stops.has(r) || periodRun(grid, r)) break;
    if (rowIsBlank(grid, r)) {
      const next = r + 1;
      const continues = hasAmounts(grid, next, periodCols)
        || (!rowIsBlank(grid, next) && !startsKeyFigures(grid, next) && hasAmounts(grid, next + 1, periodCols));
      if (!continues) break;
      continue;
    }
    last = r;
  }
  // Text under a table (a footnote, the next paragraph) is not part of it; payback rows are.
  while (last > headerRow && !hasAmounts(grid, last, periodCols) && !isPaybackRow(grid, last, skip)) last--;
  return last;
}

/** "Nøgletal" under a table heads its key figures, which are not rows of the table. */
function startsKeyFigures(grid: SheetGrid, r: number): boolean {
  return (grid.rows[r] ?? []).some((cell) => /^nøgletal\b/i.test(textOf(cell)));
}

function isPaybackRow(grid: SheetGrid, r: number, skip: Set<number>): boolean {
  return (grid.rows[r] ?? []).some((cell, c) => !skip.has(c) && isPaybackLabel(textOf(cell)));
}

function guessLabelCol(grid: SheetGrid, from: number, to: number, firstPeriodCol: number, skip: Set<number>): number {
  const counts = new Map<number, number>();
  for (let r = from; r <= to; r++) {
    for (let c = 0; c < firstPeriodCol; c++) {
      if (skip.has(c) || !textOf(cellAt(grid, r, c))) continue;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  let best = -1;
  let bestCount = 0;
  for (const [c, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

interface TextAbove {
  text: string;
  /** The row holds this text alone: a title or a line of its own, not "Dato | 08.11.2022". */
  alone: boolean;
}

/** Texts in the rows above the header, nearest first. */
function textsAbove(grid: SheetGrid, headerRow: number, from: number): TextAbove[] {
  const out: TextAbove[] = [];
  for (let r = headerRow - 1; r >= from; r--) {
    const texts = (grid.rows[r] ?? []).map(textOf).filter((t) => t).map(stripMarkup);
    for (const text of texts) out.push({ text, alone: texts.length === 1 });
  }
  return out;
}

/** Longer than this, a line above a table is a paragraph of the note, not its title. */
const MAX_TITLE = 150;

function titleOf(above: TextAbove[]): string | null {
  const t = above.find((a) => a.alone && a.text.length <= MAX_TITLE && !isUnitOnly(a.text));
  return t ? titleWithoutUnit(t.text) : null;
}

function firstOf<T>(texts: string[], pick: (t: string) => T | null): T | null {
  for (const t of texts) {
    const found = pick(t);
    if (found !== null) return found;
  }
  return null;
}
