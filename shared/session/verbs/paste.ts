/**
 * How a pasted block lands on the sheet, worked out before anything changes: every figure of the
 * block must land on a cell that takes it, or the block is refused whole with the reason, as Excel
 * does when a paste does not fit. A blank field of the block that lands where no number can stand
 * (a section header, a note, past the edge) loses nothing and is passed over. Blanks and figures
 * landing on a subtotal or result, and formulas there that read no row, are refused
 * (shared/model/derived-cell.ts). The sheet says what lies under the block; this decides.
 * A PastePlan is a Verdict (../verdict.ts) with the counts the status line reports.
 */
import type { Case, Cell, Row } from '../../model/case';
import { parseCellInput } from '../../model/cell-input';
import { refusesCell, underivedCell } from '../../model/derived-cell';
import type { RowId } from '../../model/ids';
import { findRow } from '../../model/rows';
import type { CellEdit, Command } from '../../commands/command';
import { refuse, type Refusal } from '../verdict';

/** What lies under one line of the block: a row, a section header, or nothing (past the last row). */
export type PasteLine = { kind: 'row'; rowId: RowId } | { kind: 'section'; label: string } | undefined;

/** A sheet column under the block: its header, and which period of a row it holds (null: none). */
export interface PasteColumn {
  name: string;
  periodOf(row: Row): number | null;
}

/** The block's command, with what the status line reports: its size, the cells set and the blanks passed over. */
export type PastePlan =
  | { ok: true; command: Extract<Command, { type: 'setCells' }>; rows: number; cols: number; cells: number; skipped: number }
  | Refusal;

const refused = (why: string): Refusal => refuse(`Blokken blev ikke sat ind, fordi ${why}.`);

/**
 * @param lines what lies under each line of the block, from the selected cell down (undefined past the last row)
 * @param columns the sheet columns under each column of the block, from the selected cell right (undefined past the last)
 */
export function planPaste(c: Case, block: readonly string[][], lines: readonly PasteLine[], columns: readonly (PasteColumn | undefined)[]): PastePlan {
  const cols = Math.max(0, ...block.map((l) => l.length));
  const cells: CellEdit[] = [];
  let skipped = 0;
  for (let i = 0; i < block.length; i++) {
    const line = block[i]!;
    const under = lines[i];
    const row = under?.kind === 'row' ? findRow(c, under.rowId) : undefined;
    for (let j = 0; j < line.length; j++) {
      const text = line[j]!;
      const column = columns[j];
      const period = row && row.kind !== 'note' && column ? column.periodOf(row) : null;
      if (period === null) {
        if (text.trim() === '') {
          skipped++;
          continue;
        }
        return refused(whyNoCell(block, lines, columns, i, j, row));
      }
      const parsed = parseCellInput(text, row!, c);
      if (!parsed.ok) return refuse(`${row!.label}: ${parsed.message}`);
      if (refusesCell(row!, parsed.cell)) return refused(whyComputed(row!, parsed.cell, text.trim()));
      cells.push({ row: row!.id, period, cell: parsed.cell });
    }
  }
  if (cells.length === 0) return refuse('Der er ingen talceller at sætte ind i her.');
  return { ok: true, command: { type: 'setCells', cells }, rows: block.length, cols, cells: cells.length, skipped };
}

function whyNoCell(block: readonly string[][], lines: readonly PasteLine[], columns: readonly (PasteColumn | undefined)[], i: number, j: number, row: Row | undefined): string {
  const under = lines[i];
  if (under === undefined) {
    const room = lines.slice(0, block.length).filter((l) => l !== undefined).length;
    return `den er ${block.length} rækker høj, og der kun er ${room} ${room === 1 ? 'række' : 'rækker'} fra den valgte celle og ned`;
  }
  if (under.kind === 'section') return `dens ${i + 1}. linje ville lande på afsnitsoverskriften "${under.label}", som ikke har talceller`;
  if (!row) return `dens ${i + 1}. linje ville lande på en række, der ikke findes`;
  if (row.kind === 'note') return `dens ${i + 1}. linje ville lande på noten "${row.label}", som ikke har talceller`;
  const width = Math.max(...block.map((l) => l.length));
  const takes = (k: number) => columns[k] !== undefined && columns[k]!.periodOf(row) !== null;
  let room = 0;
  while (room < width && takes(room)) room++;
  // Begun on year columns and run past the last of them (the edge of the sheet, or Samlet): too wide.
  if (room > 0 && !Array.from({ length: width - j }, (_, k) => takes(j + k)).some(Boolean)) {
    return `den er ${width} kolonner bred, og der kun er ${room} ${room === 1 ? 'talkolonne' : 'talkolonner'} fra den valgte celle og mod højre`;
  }
  return `dens ${j + 1}. kolonne ville lande under "${columns[j]!.name}" i "${row.label}", hvor der ikke kan stå et tal`;
}

function whyComputed(row: Row, cell: Cell, text: string): string {
  if (underivedCell(cell) === 'constant') return `den ville give "${row.label}" formlen ${text}, som ikke bygger på nogen række, og "${row.label}" beregnes af andre rækker`;
  return `den ville skrive tal over "${row.label}", som beregnes med en formel`;
}
