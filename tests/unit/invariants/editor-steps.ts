/**
 * Random editor-level edits, drawn as numbers and turned into the command the editor would send
 * for the case they meet: years added, removed and moved; rows and sections added, deleted, moved
 * and renamed; blocks pasted anywhere in the sheet's order (the result row last, as it is pinned),
 * computed rows included; a row's kind changed; the result row chosen; undo and redo.
 */
import fc from 'fast-check';
import type { CellEdit, Command } from '../../../shared/commands/command';
import type { Case, Cell, Row, RowKind } from '../../../shared/model/case';
import { freshRowId, freshSectionId } from '../../../shared/model/create';
import type { RowId } from '../../../shared/model/ids';
import { allRows } from '../../../shared/model/rows';

export type EditorStep = { kind: 'undo' } | { kind: 'redo' } | { kind: 'edit'; op: number; a: number; b: number; block: Cell[][] };

const LABELS = ['Investering', 'Besparelse', 'Drift', 'I alt', 'Ny række'];

/** What a person types or pastes: figures, blanks, formulas over the rows that exist, and constant formulas. */
function typedCell(n: number): fc.Arbitrary<Cell> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: fc.integer({ min: -500, max: 500 }).map((v) => ({ value: String(v * 1000) })) },
    // Few small figures, so that a cumulative result often comes to exactly 0 (payback's edge).
    { weight: 3, arbitrary: fc.integer({ min: -2, max: 2 }).map((v) => ({ value: String(v * 1000) })) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: n }).map((r) => ({ formula: `={r${r}} * 2` })) },
    { weight: 1, arbitrary: fc.constantFrom({ formula: '=PREV({r1}) + 1' }, { formula: '={r2}[2025]' }, { formula: '=SUM({r1}[2024:2026])' }, { formula: '=SUM({s1})' }) },
    // Formulas of constants only: on a subtotal or result they would be a fixed figure in disguise.
    { weight: 2, arbitrary: fc.constantFrom({ formula: '=-1' }, { formula: '=42000' }, { formula: '=ROUND(2.5, 0)' }) },
  );
}

export const editorStepArb: fc.Arbitrary<EditorStep> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<EditorStep>({ kind: 'undo' }) },
  { weight: 1, arbitrary: fc.constant<EditorStep>({ kind: 'redo' }) },
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.integer({ min: 0, max: 16 }),
      a: fc.nat(1000),
      b: fc.nat(1000),
      block: fc.array(fc.array(typedCell(12), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    }).map((d): EditorStep => ({ kind: 'edit', ...d })),
  },
);

/** Rows in the order the sheet shows them: sections in order, the result row pinned last. */
export function sheetOrder(c: Case): Row[] {
  const rows = allRows(c);
  const result = rows.find((r) => r.id === c.result.rowId);
  return result ? rows.filter((r) => r !== result).concat(result) : rows;
}

/** The cells a pasted block sets, as the editor maps it onto rows and years (notes and years past the last are skipped). */
export function pastedCells(c: Case, top: number, left: number, block: Cell[][]): CellEdit[] {
  const rows = sheetOrder(c);
  const cells: CellEdit[] = [];
  block.forEach((line, i) => {
    const row = rows[top + i];
    if (!row || row.kind === 'note') return;
    line.forEach((cell, j) => {
      if (left + j < c.axis.count) cells.push({ row: row.id, period: left + j, cell });
    });
  });
  return cells;
}

export function editorCommand(c: Case, step: Extract<EditorStep, { kind: 'edit' }>): Command | null {
  const { op, a, b, block } = step;
  const rows = allRows(c);
  const row: RowId | undefined = rows[a % Math.max(1, rows.length)]?.id;
  const section = c.sections[b % c.sections.length]!;
  const label = LABELS[(a + b) % LABELS.length]!;
  const axis = c.axis;
  switch (op) {
    case 0:
    case 1:
    case 2: {
      const cells = pastedCells(c, a % (rows.length + 1), b % axis.count, block);
      return cells.length > 0 ? { type: 'setCells', cells } : null;
    }
    case 3:
      return { type: 'setAxis', axis: { ...axis, count: Math.min(12, Math.max(1, axis.count + (a % 6) - 2)) } };
    case 4:
      return { type: 'setAxis', axis: { ...axis, firstYear: axis.firstYear + (a % 5) - 2 } };
    case 5:
      return { type: 'setAxis', axis: { ...axis, labelStyle: axis.labelStyle === 'year' ? 'relative' : 'year' } };
    case 6: {
      const cells = Array.from({ length: axis.count }, (_, p) => block[0]![p % block[0]!.length] ?? null);
      const fresh: Row = { id: freshRowId(c) as RowId, label, kind: a % 3 === 0 ? 'formula' : 'input', scope: 'period', classification: {}, cells: a % 2 === 0 ? cells : cells.map(() => null) };
      return { type: 'insertRow', section: section.id, index: b % (section.rows.length + 1), row: fresh };
    }
    case 7:
      return row ? { type: 'deleteRow', row } : null;
    case 8:
      return row ? { type: 'moveRow', row, section: section.id, index: a % (section.rows.length + 1) } : null;
    case 9:
      return row ? { type: 'renameRow', row, label } : null;
    case 10:
      return { type: 'insertSection', index: a % (c.sections.length + 1), section: { id: freshSectionId(c) as never, label: `${label} afsnit`, rows: [] } };
    case 11:
      return { type: 'deleteSection', section: section.id };
    case 12:
      return { type: 'moveSection', section: section.id, index: a % c.sections.length };
    case 13:
      return { type: 'renameSection', section: section.id, label };
    case 14: {
      const kinds: RowKind[] = ['subtotal', 'result', 'input', 'formula'];
      return row ? { type: 'setRowProps', row, props: { kind: kinds[b % kinds.length]! } } : null;
    }
    case 15:
      return b % 2 === 0 && row ? { type: 'setCaseProps', props: { result: { ...c.result, rowId: row } } } : { type: 'setCaseProps', props: { result: { ...c.result, convention: c.result.convention === 'gainPositive' ? 'expensePositive' : 'gainPositive' } } };
    default:
      return { type: 'setCaseProps', props: { result: { ...c.result, convention: c.result.convention === 'gainPositive' ? 'expensePositive' : 'gainPositive' } } };
  }
}
