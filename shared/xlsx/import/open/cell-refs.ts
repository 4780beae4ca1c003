/** A1-style references as plain numbers, for counting and filling in what a writer left out. */
import { columnNumber } from '../../column-letters';

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** The column of a cell reference such as `AB12`, or 0 when it is not one. */
export function columnOfCell(ref: string): number {
  const match = CELL.exec(ref);
  return match ? columnNumber(match[1] as string) : 0;
}

/** How many cells a range such as `A1:C3` (or a single cell) covers; 0 when it is not a range. */
export function rangeArea(range: string): number {
  const [from, to = from] = range.split(':');
  const a = CELL.exec(from ?? '');
  const b = CELL.exec(to ?? '');
  if (!a || !b) return 0;
  const rows = Math.abs(Number(b[2]) - Number(a[2])) + 1;
  const columns = Math.abs(columnNumber(b[1] as string) - columnNumber(a[1] as string)) + 1;
  return rows * columns;
}
