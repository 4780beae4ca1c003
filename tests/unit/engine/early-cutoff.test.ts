/**
 * Early cut-off: an edit re-evaluates a formula only when a cell it reads changed value (or its own
 * formula changed), so a recomputed value equal to the old one stops the propagation there. The
 * property test holds the incremental engine to a fresh full evaluation after random edits, with
 * formulas that often give the same value for a new input (MAX, MIN, ROUND, IF, comparisons).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine, type CellRef } from '../../../shared/engine/engine';
import { scalarToJson, valuesEqual } from '../../../shared/formula/values';
import type { Case, Cell } from '../../../shared/model/case';
import { allRows } from '../../../shared/model/rows';
import { caseOf, valuesOf } from '../helpers';

/** `c` with one cell replaced, as a command would give it (new objects along the path). */
function withCell(c: Case, rowLabel: string, period: number, cell: Cell): { next: Case; ref: CellRef } {
  let ref: CellRef | null = null;
  const sections = c.sections.map((s) => ({
    ...s,
    rows: s.rows.map((r) => {
      if (r.label !== rowLabel || ref) return r;
      ref = { row: r.id, period };
      const cells = r.cells.slice();
      cells[period] = cell;
      return { ...r, cells };
    }),
  }));
  if (!ref) throw new Error(`no row ${rowLabel}`);
  return { next: { ...c, sections }, ref };
}

describe('early cut-off', () => {
  // Pris is floored at 100 by Gulv; Dobbelt and Plus read only Gulv.
  const start = () =>
    caseOf([
      { label: 'Pris', kind: 'input', cells: { 2024: '10', 2025: '10', 2026: '10' } },
      { label: 'Gulv', kind: 'formula', all: '=MAX(Pris, 100)' },
      { label: 'Dobbelt', kind: 'formula', all: '=Gulv * 2' },
      { label: 'Plus', kind: 'formula', all: '=Dobbelt + 1' },
    ], 3);

  /** Sets Pris in 2025 and returns what the engine did: evaluations, changed cells as "Label@period", and Plus. */
  function editPris(value: string) {
    const c = start();
    const engine = Engine.create(c);
    const before = engine.evaluations;
    const { next, ref } = withCell(c, 'Pris', 1, { value });
    const changed = engine.update(next, [ref]);
    const labelOf = (id: string) => allRows(next).find((r) => r.id === id)!.label;
    return { evaluations: engine.evaluations - before, changed: changed.map((x) => `${labelOf(x.row)}@${x.period}`).sort(), plus: valuesOf(next, engine, 'Plus') };
  }

  it('stops where a recomputed value is unchanged: the cells below it are not evaluated', () => {
    // 10 -> 50 in 2025: MAX(50, 100) is still 100.
    expect(editPris('50')).toEqual({ evaluations: 1, changed: ['Pris@1'], plus: ['201', '201', '201'] });
  });

  it('carries on through every cell whose value changes', () => {
    // 10 -> 150 in 2025: Gulv 150, Dobbelt 300, Plus 301; 2024 and 2026 are not touched.
    expect(editPris('150')).toEqual({ evaluations: 3, changed: ['Dobbelt@1', 'Gulv@1', 'Plus@1', 'Pris@1'], plus: ['201', '301', '201'] });
  });

  it('evaluates a cell that was on a cycle once the cycle is broken, though what it reads did not change', () => {
    // S reads itself (#CYCLE! throughout); Y reads S only when K > 0, so it is 7.
    const c = caseOf([
      { label: 'K', kind: 'input', cells: { 2024: '0' } },
      { label: 'S', kind: 'formula', all: '=S + 1' },
      { label: 'Y', kind: 'formula', all: '=IF(K > 0, S, 7)' },
    ], 1);
    const engine = Engine.create(c);
    expect(valuesOf(c, engine, 'Y')).toEqual(['7']);
    // S = Y + S puts Y on the cycle; S = S + 1 again takes it off, while S stays #CYCLE! and K 0.
    const onCycle = withCell(c, 'S', 0, { formula: `={${allRows(c)[2]!.id}} + {${allRows(c)[1]!.id}}` });
    engine.update(onCycle.next, [onCycle.ref]);
    expect(valuesOf(c, engine, 'Y')).toEqual(['#CYCLE!']);
    const off = withCell(onCycle.next, 'S', 0, { formula: `={${allRows(c)[1]!.id}} + 1` });
    engine.update(off.next, [off.ref]);
    expect(valuesOf(c, engine, 'S')).toEqual(['#CYCLE!']);
    expect(valuesOf(c, engine, 'Y')).toEqual(['7']);
  });
});

const LABELS = ['A', 'B', 'C', 'D', 'E', 'F'];
const YEARS = 3;

/** A formula for row `i` that reads rows before it (and sometimes itself or a later row: cycles). */
const formulaFor = (i: number) =>
  fc.tuple(fc.nat({ max: LABELS.length - 1 }), fc.nat({ max: LABELS.length - 1 }), fc.integer({ min: -3, max: 3 }), fc.nat({ max: 7 })).map(([x, y, k, shape]) => {
    const a = LABELS[i > 0 && x >= i && x % 3 !== 0 ? x % i : x]!;
    const b = LABELS[i > 0 && y >= i ? y % i : y]!;
    return [
      `=MAX(${a}, ${k})`,
      `=MIN(${a}, ${b})`,
      `=ROUND(${a} / 4, 0)`,
      `=IF(${a} > ${k}, ${b}, ${k})`,
      `=${a} + ${b}`,
      `=PREV(${a}) + ${k}`,
      `=(${a} > ${b}) * 1`,
      `=SUM(Afsnit) - ${a}`,
    ][shape]!;
  });

const cellOf = (i: number): fc.Arbitrary<Cell> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: -3, max: 3 }).map((n) => ({ value: String(n) })) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: formulaFor(i).map((f) => ({ formula: f })) },
  );

const caseArb = fc.tuple(...LABELS.map((_, i) => fc.array(cellOf(i), { minLength: YEARS, maxLength: YEARS }))).map((rows) => {
  const c = caseOf(LABELS.map((label) => ({ label, kind: 'formula' as const })), YEARS);
  return { ...c, sections: c.sections.map((s) => ({ ...s, rows: s.rows.map((r, i) => ({ ...r, cells: rows[i]! })) })) };
});

const editArb = fc.tuple(fc.nat({ max: LABELS.length - 1 }), fc.nat({ max: YEARS - 1 })).chain(([row, period]) => cellOf(row).map((cell) => ({ row, period, cell })));

describe('incremental engine with early cut-off', () => {
  it('agrees with a fresh full evaluation on every cell after random edits, and reports exactly the cells that changed', () => {
    fc.assert(
      fc.property(caseArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), (start, edits) => {
        const engine = Engine.create(start);
        let c = start;
        edits.forEach((edit, k) => {
          const before = Engine.create(c);
          const { next, ref } = withCell(c, LABELS[edit.row]!, edit.period, edit.cell);
          const changed = new Set(engine.update(next, [ref]).map((x) => `${x.row}@${x.period}`));
          c = next;
          const fresh = Engine.create(c);
          for (const row of allRows(c)) {
            for (let p = 0; p < YEARS; p++) {
              const ours = engine.value(row.id, p);
              const want = fresh.value(row.id, p);
              if (!valuesEqual(ours, want)) throw new Error(`edit ${k}: ${row.label}[${p}] is ${String(scalarToJson(ours))}, a full evaluation gives ${String(scalarToJson(want))}`);
              const moved = !valuesEqual(before.value(row.id, p), want);
              if (moved !== changed.has(`${row.id}@${p}`)) throw new Error(`edit ${k}: ${row.label}[${p}] ${moved ? 'changed but was not reported' : 'was reported but did not change'}`);
            }
            expect(valuesEqual(engine.total(row.id), fresh.total(row.id))).toBe(true);
          }
        });
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  });
});
