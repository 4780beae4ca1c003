/**
 * Property tests over random edit sequences on small random cases. After every command, undo and
 * redo, an engine kept up to date incrementally (by the Change each one reports) must agree
 * with an engine built from scratch, cell by cell and total by total; and undoing everything
 * must give back the case we started from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/commands/command';
import { History, type HistoryResult } from '../../../shared/commands/history';
import { syncEngine } from '../../../shared/commands/sync-engine';
import { Engine } from '../../../shared/engine/engine';
import { scalarToJson, valuesEqual, type Scalar } from '../../../shared/formula/values';
import type { Case } from '../../../shared/model/case';
import { allRows } from '../../../shared/model/rows';
import { caseArb, commandFor, stepArb, type Step } from './random-edits';
import { deepFreeze } from './fixtures';

/** RUNS=20000 npx vitest run tests/unit/commands for a longer hunt. */
const RUNS = Number(process.env.RUNS ?? 400);

type Snapshot = Map<string, Scalar>;

function snapshot(e: Engine, c: Case): Snapshot {
  const out: Snapshot = new Map();
  for (const row of allRows(c)) for (let p = 0; p < c.axis.count; p++) out.set(`${row.id}@${p}`, e.value(row.id, p));
  return out;
}

/** Every cell and total of the incremental engine equals a fresh engine's. */
function expectSameValues(incremental: Engine, c: Case, context: string): void {
  const fresh = Engine.create(c);
  for (const row of allRows(c)) {
    for (let p = 0; p < c.axis.count; p++) {
      const a = incremental.value(row.id, p);
      const b = fresh.value(row.id, p);
      if (!valuesEqual(a, b)) throw new Error(`${context}: ${row.id}[${p}] is ${String(scalarToJson(a))} incrementally, ${String(scalarToJson(b))} from scratch`);
    }
    const a = incremental.total(row.id);
    const b = fresh.total(row.id);
    if (!valuesEqual(a, b)) throw new Error(`${context}: total of ${row.id} is ${String(scalarToJson(a))} incrementally, ${String(scalarToJson(b))} from scratch`);
  }
}

/**
 * The engine must take any period of a constant row as that row's one cell (the commands report
 * period 0, other callers may not): name every period of them as well.
 */
function everyPeriodOfConstants(change: Change, c: Case): Change {
  if (change.kind !== 'cells') return change;
  const constant = new Set(allRows(c).filter((r) => r.scope === 'constant').map((r) => r.id));
  const extra = change.cells.filter((x) => constant.has(x.row)).flatMap((x) => Array.from({ length: c.axis.count }, (_, p) => ({ row: x.row, period: p })));
  return { kind: 'cells', cells: [...change.cells, ...extra] };
}

/** Rules of shared/model/case.ts that every command must keep. */
function expectValidCase(c: Case, context: string): void {
  const ids = new Set<string>();
  for (const s of c.sections) {
    if (ids.has(s.id)) throw new Error(`${context}: duplicate id ${s.id}`);
    ids.add(s.id);
    for (const r of s.rows) {
      if (ids.has(r.id)) throw new Error(`${context}: duplicate id ${r.id}`);
      ids.add(r.id);
      if (r.cells.length !== (r.scope === 'constant' ? 1 : c.axis.count)) throw new Error(`${context}: ${r.id} has ${r.cells.length} cells`);
    }
  }
  if (c.sections.length === 0) throw new Error(`${context}: no sections`);
  if (c.result.rowId !== null && !ids.has(c.result.rowId)) throw new Error(`${context}: result row ${c.result.rowId} is gone`);
  for (const v of c.views) {
    if (v.rowIds.some((id) => !ids.has(id))) throw new Error(`${context}: view lists a missing row`);
    if (v.toPeriod >= c.axis.count || v.fromPeriod > v.toPeriod) throw new Error(`${context}: view periods off the axis`);
  }
}

function run(start: Case, steps: Step[]): void {
  deepFreeze(start);
  const history = new History(start);
  const engine = Engine.create(start);
  const follow = (result: HistoryResult, before: Case, context: string) => {
    if (!result.ok) {
      expect(history.case).toBe(before);
      return;
    }
    deepFreeze(result.case);
    expectValidCase(result.case, context);
    const old = snapshot(engine, before);
    const changed = syncEngine(engine, result.case, everyPeriodOfConstants(result.change, result.case));
    expectSameValues(engine, result.case, context);
    if (changed === 'all') return;
    // The grid repaints only the cells reported: every cell whose value changed must be among them.
    const reported = new Set(changed.map((x) => `${x.row}@${x.period}`));
    for (const [key, value] of snapshot(engine, result.case)) {
      if (!valuesEqual(value, old.get(key) ?? null) && !reported.has(key)) {
        const [row, period] = key.split('@');
        const constantRow = allRows(result.case).find((r) => r.id === row)?.scope === 'constant';
        if (!(constantRow && reported.has(`${row}@0`))) throw new Error(`${context}: ${key} changed but was not reported (period ${period})`);
      }
    }
  };
  steps.forEach((step, i) => {
    const before = history.case;
    if (step.kind === 'undo') follow(history.undo(), before, `step ${i} (undo)`);
    else if (step.kind === 'redo') follow(history.redo(), before, `step ${i} (redo)`);
    else {
      const cmd = commandFor(before, step.draw);
      follow(history.apply(cmd), before, `step ${i} (${JSON.stringify(cmd)})`);
    }
  });
  const all = (kind: 'undo' | 'redo') => {
    for (;;) {
      const before = history.case;
      if (!(kind === 'undo' ? history.canUndo : history.canRedo)) return before;
      const result = kind === 'undo' ? history.undo() : history.redo();
      // An inverse that is refused would leave the step on the stack and this loop spinning.
      if (!result.ok) throw new Error(`${kind} all: refused (${result.error})`);
      follow(result, before, `${kind} all`);
    }
  };
  const tip = all('redo');
  expect(all('undo')).toStrictEqual(start);
  expect(all('redo')).toStrictEqual(tip);
}

describe('random edit sequences', () => {
  it('keep an incrementally updated engine equal to a fresh one, and undo all the way back', () => {
    fc.assert(fc.property(caseArb, fc.array(stepArb, { maxLength: 30 }), (c, steps) => run(c, steps)), { numRuns: RUNS });
  });

  it('do the same on cell edits alone, where the engine updates instead of rebuilding', () => {
    const cellSteps = fc.array(stepArb.map((s): Step => (s.kind === 'command' ? { kind: 'command', draw: { ...s.draw, op: 0 } } : s)), { maxLength: 40 });
    fc.assert(fc.property(caseArb, cellSteps, (c, steps) => run(c, steps)), { numRuns: RUNS });
  });

  it('do the same on imported tables appended and taken away again, between cell edits', () => {
    const ops = [0, 12, 12, 13, 13];
    const importSteps = fc.array(stepArb.map((s): Step => (s.kind === 'command' ? { kind: 'command', draw: { ...s.draw, op: ops[s.draw.a % ops.length]! } } : s)), { maxLength: 30 });
    fc.assert(fc.property(caseArb, importSteps, (c, steps) => run(c, steps)), { numRuns: RUNS });
  });
});
