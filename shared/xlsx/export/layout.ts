/**
 * Where each row of a case lands in the exported workbook, decided once before any cell is
 * written, so that a formula can name a row that is written later (or on another sheet).
 *
 * - "Budgetnotat": the economy table, one row per period row that is not a driver (money rows
 *   and notes), grouped under their section headers.
 * - "Forudsætninger": constant rows (one value for every year) in a block with one value column,
 *   and period drivers in a block with the year columns.
 *
 * Year columns start in column B on both sheets, so period p is the same letter everywhere.
 */
import type { Case, Row, Section } from '../../model/case';
import { periodOfYear } from '../../model/period';
import { columnLetter } from '../column-letters';
import { isSectionMember } from '../../model/rows';

export const SHEET = { budget: 'Budgetnotat', views: 'Tabeller', assumptions: 'Forudsætninger', distribution: 'Fordeling' } as const;
export type SheetName = (typeof SHEET)[keyof typeof SHEET];

/** The first year column (B). */
export const FIRST_PERIOD_COLUMN = 2;

export interface Place {
  sheet: SheetName;
  /** 1-based worksheet row. */
  row: number;
  constant: boolean;
}

/** One block of rows on a sheet: a section header (row number) and the section's rows in it. */
export interface BlockSection {
  section: Section;
  headerRow: number;
  rows: Array<{ row: Row; at: number }>;
}

export interface Block {
  headerRow: number;
  sections: BlockSection[];
  /** The last worksheet row the block uses. */
  lastRow: number;
}

export const periodColumn = (p: number): number => FIRST_PERIOD_COLUMN + p;

/** Which block a row belongs to. */
export function blockOf(row: Row): 'table' | 'constants' | 'drivers' {
  if (row.scope === 'constant') return 'constants';
  return row.kind === 'driver' ? 'drivers' : 'table';
}

/** Lays out the rows of one block from `headerRow` down: a header, then per section a title row and its rows. */
export function layoutBlock(c: Case, which: ReturnType<typeof blockOf>, headerRow: number): Block {
  let next = headerRow + 1;
  const sections: BlockSection[] = [];
  for (const section of c.sections) {
    const rows = section.rows.filter((r) => blockOf(r) === which);
    if (rows.length === 0) continue;
    const header = next++;
    sections.push({ section, headerRow: header, rows: rows.map((row) => ({ row, at: next++ })) });
  }
  return { headerRow, sections, lastRow: next - 1 };
}

export class WorkbookLayout {
  readonly places = new Map<string, Place>();
  /** Section id -> the rows a section reference adds (line items: input and formula rows), as the engine does. */
  readonly sectionMembers = new Map<string, string[]>();

  constructor(readonly c: Case, blocks: { table: Block; constants: Block; drivers: Block }) {
    const place = (block: Block, sheet: SheetName, constant: boolean) => {
      for (const s of block.sections) for (const { row, at } of s.rows) this.places.set(row.id, { sheet, row: at, constant });
    };
    place(blocks.table, SHEET.budget, false);
    place(blocks.constants, SHEET.assumptions, true);
    place(blocks.drivers, SHEET.assumptions, false);
    for (const s of c.sections) {
      this.sectionMembers.set(s.id, s.rows.filter(isSectionMember).map((r) => r.id));
    }
  }

  get periods(): number {
    return this.c.axis.count;
  }

  periodOfYear(year: number): number {
    return periodOfYear(this.c.axis, year);
  }

  /** The A1 reference to row `id` in period `p`, seen from `from`; a constant row is one absolute cell. */
  ref(id: string, p: number, from: SheetName): string | undefined {
    const place = this.places.get(id);
    if (!place) return undefined;
    const cell = place.constant ? `$${columnLetter(FIRST_PERIOD_COLUMN)}$${place.row}` : `${columnLetter(periodColumn(p))}${place.row}`;
    return sheetPrefix(place.sheet, from) + cell;
  }

  /** The A1 range of row `id` over periods `fromP..toP` (a period row only). */
  range(id: string, fromP: number, toP: number, from: SheetName): string | undefined {
    const place = this.places.get(id);
    if (!place || place.constant) return undefined;
    return `${sheetPrefix(place.sheet, from)}${columnLetter(periodColumn(fromP))}${place.row}:${columnLetter(periodColumn(toP))}${place.row}`;
  }

  /**
   * The cells of rows `ids` in period `p` as few references as possible: neighbouring rows on one
   * sheet become one range (`C5:C9`), a constant row is its one cell.
   */
  rowRanges(ids: readonly string[], p: number, from: SheetName): string[] {
    const out: string[] = [];
    let run: { sheet: SheetName; first: number; last: number } | null = null;
    const flush = () => {
      if (!run) return;
      const col = columnLetter(periodColumn(p));
      const prefix = sheetPrefix(run.sheet, from);
      out.push(run.first === run.last ? `${prefix}${col}${run.first}` : `${prefix}${col}${run.first}:${col}${run.last}`);
      run = null;
    };
    for (const id of ids) {
      const place = this.places.get(id);
      if (!place) continue;
      if (run !== null && !place.constant && place.sheet === run.sheet && place.row === run.last + 1) {
        run.last = place.row;
        continue;
      }
      flush();
      if (place.constant) out.push(this.ref(id, p, from)!);
      else run = { sheet: place.sheet, first: place.row, last: place.row };
    }
    flush();
    return out;
  }
}

/** SUM over references, nested in groups of 255 (Excel's most arguments of one function). */
export function sumOfRefs(refs: readonly string[]): string {
  if (refs.length <= 255) return `SUM(${refs.join(',')})`;
  const groups: string[] = [];
  for (let i = 0; i < refs.length; i += 255) groups.push(sumOfRefs(refs.slice(i, i + 255)));
  return sumOfRefs(groups);
}

export function sheetPrefix(sheet: SheetName, from: SheetName): string {
  return sheet === from ? '' : `'${sheet.replace(/'/g, "''")}'!`;
}
