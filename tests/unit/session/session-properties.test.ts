/**
 * The session keeps one case and an engine that agrees with it: after every step of a random run
 * of verbs (type into a cell, paste a block, clear a range, undo, redo, add or delete a row, change
 * the years), the session's engine, updated step by step, equals a fresh Engine.create of the
 * session's case on every cell and total; the case is the one a plain History given the same
 * commands holds; and undoing everything gives back the case the run began with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands/command';
import { History } from '../../../shared/commands/history';
import type { Case } from '../../../shared/model/case';
import { allRows } from '../../../shared/model/rows';
import { EditSession } from '../../../shared/session/edit-session';
import { addRow } from '../../../shared/session/verbs/add-row';
import { planClear } from '../../../shared/session/verbs/clear';
import { enterCell } from '../../../shared/session/verbs/enter-cell';
import { planPaste, type PasteColumn } from '../../../shared/session/verbs/paste';
import type { Verdict } from '../../../shared/session/verdict';
import { templateCase } from '../../../shared/templates';
import { caseArb } from '../commands/random-edits';
import { expectEngineFresh } from '../invariants/derived-checks';

/** RUNS=2000 npx vitest run tests/unit/session for a longer hunt. */
const RUNS = Number(process.env.RUNS ?? 80);

/** What people type: Danish figures, units, blanks, formulas by name (some ambiguous, some broken), text. */
const TYPED = ['1', '-2,5', '1.000', '0', '', '3 mio. kr.', '=A + 1', '=SUM(Drift)', '=PREV(B) + Pris', '=Pris * 2', '=1/0', '=A[2025]', '=CUMSUM(C)', 'abc', '=(', '=-1'];

type Step =
  | { op: 'edit' | 'paste' | 'clear' | 'insert' | 'delete' | 'axis'; a: number; b: number; block: string[][] }
  | { op: 'undo' | 'redo' };

const textArb = fc.constantFrom(...TYPED);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom<Step>({ op: 'undo' }, { op: 'redo' }) },
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.constantFrom('edit', 'edit', 'paste', 'clear', 'insert', 'delete', 'axis'),
      a: fc.nat(1000),
      b: fc.nat(1000),
      block: fc.array(fc.array(textArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    }) as fc.Arbitrary<Step>,
  },
);

/** The year columns from `left`, as the sheet has them: a constant row's one cell stands only under the first. */
function columnsFrom(c: Case, left: number, width: number): PasteColumn[] {
  return Array.from({ length: width }, (_, j) => ({
    name: `kolonne ${left + j}`,
    periodOf: (row) => (row.scope === 'constant' ? (j === 0 && left === 0 ? 0 : null) : left + j < c.axis.count ? left + j : null),
  }));
}

/** The verb a step is for the case it meets, or a plain command (delete a row, set the years). */
function verdictFor(c: Case, step: Exclude<Step, { op: 'undo' | 'redo' }>): Verdict {
  const rows = allRows(c);
  const row = rows[step.a % Math.max(1, rows.length)];
  const period = step.b % c.axis.count;
  switch (step.op) {
    case 'edit':
      return row ? enterCell(c, row.id, period, step.block[0]![0]!) : { ok: true, command: null };
    case 'paste': {
      const top = step.a % Math.max(1, rows.length);
      const lines = step.block.map((_, i) => (rows[top + i] ? { kind: 'row' as const, rowId: rows[top + i]!.id } : undefined));
      return planPaste(c, step.block, lines, columnsFrom(c, period, 3));
    }
    case 'clear':
      return planClear(c, rows.slice(step.a % Math.max(1, rows.length)).slice(0, 1 + (step.b % 3)).flatMap((r) => [{ row: r.id, period }, { row: r.id, period: (period + 1) % c.axis.count }]));
    case 'insert':
      return addRow(c, row ? { rowId: row.id, sectionId: null } : null, step.b % 2 === 0 ? 'input' : 'driver', 'A');
    case 'delete':
      return { ok: true, command: row ? ({ type: 'deleteRow', row: row.id } satisfies Command) : null };
    case 'axis':
      return { ok: true, command: { type: 'setAxis', axis: { ...c.axis, firstYear: c.axis.firstYear + ((step.a % 3) - 1), count: 1 + (step.b % 6) } } };
  }
}

function run(start: Case, steps: Step[]): void {
  const session = new EditSession(start);
  const mirror = new History(start);
  steps.forEach((step, i) => {
    const context = `step ${i} (${step.op})`;
    if (!('a' in step)) {
      const done = session[step.op]();
      expect(done.ok, context).toBe(mirror[step.op]().ok);
    } else {
      const verdict = verdictFor(session.case, step);
      const done = session.run(verdict);
      // The session applies exactly the verb's command, or nothing when the verb refused.
      if (verdict.ok && verdict.command) expect(done.ok, context).toBe(mirror.apply(verdict.command).ok);
      else expect(done.ok, context).toBe(verdict.ok);
    }
    expect(session.case, context).toEqual(mirror.case);
    expectEngineFresh(session.engine, session.case, context);
  });
  while (session.canUndo) expect(session.undo().ok).toBe(true);
  expect(session.case).toEqual(start);
  expectEngineFresh(session.engine, session.case, 'after undoing everything');
}

describe('the editing session', () => {
  it('keeps its engine equal to a full recalculation of its case after every verb, undo and redo (random cases)', () => {
    fc.assert(fc.property(caseArb, fc.array(stepArb, { maxLength: 25 }), run), { numRuns: RUNS });
  });

  it('does so from Copenhagen’s IPS template too (sections, assumptions, a result row)', () => {
    const c = templateCase('kk-ips-2017')!;
    fc.assert(fc.property(fc.array(stepArb, { maxLength: 25 }), (steps) => run(c, steps)), { numRuns: Math.ceil(RUNS / 2) });
  });

  it('can fail: an engine left behind by one edit is caught', () => {
    const c = templateCase('kk-ips-2017')!;
    const session = new EditSession(c);
    const stale = new EditSession(c).engine;
    const first = allRows(c).find((r) => r.kind === 'input')!;
    expect(session.run(enterCell(session.case, first.id, 0, '123')).ok).toBe(true);
    expect(() => expectEngineFresh(stale, session.case, 'stale')).toThrow(/from scratch/);
  });
});
