/**
 * Issue 10's promise, locked in: whatever a person does in the editor (years added, removed and
 * moved, rows and sections added, deleted, moved and renamed, blocks pasted anywhere, constant
 * formulas among them, the result row chosen, undo and redo), every subtotal and result stays a
 * formula over other rows in every year, the result row stays one of them, no computed row ever holds a
 * typed figure, the engine updated edit by edit equals a full recalculation, and the key figures
 * equal an independent working-out from the result row. Checked from every template, a blank
 * case, random cases, and every seed workbook's import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { History, type HistoryResult } from '../../../shared/commands/history';
import { syncEngine } from '../../../shared/commands/sync-engine';
import { Engine } from '../../../shared/engine/engine';
import type { Case } from '../../../shared/model/case';
import { blankCase } from '../../../shared/model/create';
import { findRow } from '../../../shared/model/rows';
import { listTemplates, templateCase } from '../../../shared/templates';
import { openImportSession } from '../../../shared/xlsx/import/import-xlsx';
import { caseArb } from '../commands/random-edits';
import { deepFreeze } from '../commands/fixtures';
import { casesDir } from '../xlsx/import/cases-dir';
import { expectDerivedEverywhere, expectEngineFresh, expectKeyFigures, READS_A_ROW } from './derived-checks';
import { editorCommand, editorStepArb, type EditorStep } from './editor-steps';

/** RUNS=2000 npx vitest run tests/unit/invariants for a longer hunt. */
const RUNS = Number(process.env.RUNS ?? 60);

function expectInvariants(engine: Engine, c: Case, context: string): void {
  expectDerivedEverywhere(c, context);
  const fresh = expectEngineFresh(engine, c, context);
  expectKeyFigures(engine, fresh, c, context);
}

/**
 * A random case as a person could have made it: its subtotals and results are formulas over rows
 * throughout, and its result row (if any) is one of them.
 */
function derived(c: Case): Case {
  const result = c.sections.flatMap((s) => s.rows).find((r) => r.id === c.result.rowId);
  return {
    ...c,
    result: { ...c.result, rowId: result && (result.kind === 'subtotal' || result.kind === 'result') ? result.id : null },
    sections: c.sections.map((s) => ({
      ...s,
      rows: s.rows.map((r) => (r.kind === 'subtotal' || r.kind === 'result' ? { ...r, cells: r.cells.map((x) => (x !== null && 'formula' in x && READS_A_ROW.test(x.formula) ? x : { formula: `=SUM({${s.id}})` })) } : r)),
    })),
  };
}

function run(start: Case, steps: EditorStep[]): void {
  deepFreeze(start);
  const history = new History(start);
  const engine = Engine.create(start);
  expectInvariants(engine, start, 'start');
  const follow = (result: HistoryResult) => {
    if (!result.ok) return;
    deepFreeze(result.case);
    syncEngine(engine, result.case, result.change);
  };
  steps.forEach((step, i) => {
    const before = history.case;
    let context = `step ${i} (${step.kind})`;
    if (step.kind === 'undo') follow(history.undo());
    else if (step.kind === 'redo') follow(history.redo());
    else {
      const cmd = editorCommand(before, step);
      if (!cmd) return;
      context = `step ${i} (${JSON.stringify(cmd)})`;
      const result = history.apply(cmd);
      if (cmd.type === 'setCells') {
        // A block that lands a figure, a blank or a formula of constants on a subtotal or result is refused whole.
        const spills = cmd.cells.some(({ row, cell }) => {
          const kind = findRow(before, row)?.kind;
          return (kind === 'subtotal' || kind === 'result') && (cell === null || 'value' in cell || !READS_A_ROW.test(cell.formula));
        });
        expect(result.ok, context).toBe(!spills);
        if (spills) expect(history.case).toBe(before);
      }
      if (cmd.type === 'setCaseProps' && cmd.props.result) {
        const kind = cmd.props.result.rowId === null ? 'result' : findRow(before, cmd.props.result.rowId)?.kind;
        expect(result.ok, context).toBe(kind === 'subtotal' || kind === 'result');
      }
      follow(result);
    }
    expectInvariants(engine, history.case, context);
  });
  // Undo all the way back gives the starting case exactly, and the invariants hold on the way.
  while (history.canUndo) {
    const result = history.undo();
    if (!result.ok) throw new Error(`undo refused: ${result.error}`);
    follow(result);
    expectInvariants(engine, history.case, 'undo all');
  }
  expect(history.case).toStrictEqual(start);
}

const steps = fc.array(editorStepArb, { minLength: 1, maxLength: 25 });

describe('editor edits keep every derived figure derived', () => {
  for (const { id } of listTemplates()) {
    it(`from the template ${id}`, () => {
      fc.assert(fc.property(steps, (s) => run(templateCase(id)!, s)), { numRuns: RUNS });
    });
  }

  it('from a blank case (Ny → Tom sag)', () => {
    fc.assert(fc.property(steps, (s) => run(blankCase(2025), s)), { numRuns: RUNS });
  });

  it('from random cases', () => {
    fc.assert(fc.property(caseArb.map(derived), steps, (c, s) => run(c, s)), { numRuns: RUNS * 3 });
  });
});

describe('key figures against the independent working-out', () => {
  it('on results that often come to exactly 0 (break-even on the day), in both sign conventions', () => {
    const figures = fc.array(fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(figures, fc.boolean(), (values, gainPositive) => {
      const blank = blankCase(2025);
      const h = new History({ ...blank, result: { ...blank.result, convention: gainPositive ? 'gainPositive' : 'expensePositive' } });
      expect(h.apply({ type: 'setAxis', axis: { ...blank.axis, count: values.length } }).ok).toBe(true);
      const cells = values.map((v, period) => ({ row: 'r1' as never, period, cell: v === null ? null : { value: String(v * 1000) } }));
      expect(h.apply({ type: 'setCells', cells }).ok).toBe(true);
      const engine = Engine.create(h.case);
      expectKeyFigures(engine, Engine.create(h.case), h.case, JSON.stringify(values));
    }), { numRuns: RUNS * 5 });
  });
});

describe('every template and every seed workbook import starts derived', () => {
  it.each(listTemplates().map((t) => t.id))('template %s', (id) => {
    const c = templateCase(id)!;
    expectInvariants(Engine.create(c), c, id);
  });

  const files = readdirSync(casesDir).filter((f) => f.endsWith('.xlsx')).sort();
  it('finds the seed workbooks', () => expect(files.length).toBeGreaterThanOrEqual(11));

  it.each(files)('%s, each table and all tables together', async (file) => {
    const opened = await openImportSession(new Uint8Array(readFileSync(path.join(casesDir, file))));
    if (!opened.ok) throw new Error(opened.error);
    const indexes = opened.session.summaries().map((t) => t.index);
    expect(indexes.length).toBeGreaterThan(0);
    const choices = indexes.map((i) => [i]);
    if (indexes.length > 1) choices.push(indexes);
    for (const chosen of choices) {
      const made = opened.session.caseFor(chosen);
      if (!made.ok) continue;
      expectInvariants(Engine.create(made.case), made.case, `${file} tables ${chosen.join(',')}`);
    }
  });
});
