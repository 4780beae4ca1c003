/** Small cases for tests, written as a person would: rows by label, formulas by name. */
import { Engine } from '../../shared/engine/engine';
import type { Scalar } from '../../shared/formula/values';
import { scalarToJson } from '../../shared/formula/values';
import { buildCase, type RowSpec } from '../../shared/templates/builder';
import type { Case } from '../../shared/model/case';
import { allRows } from '../../shared/model/rows';

export function caseOf(rows: RowSpec[], years = 4, extraSections: Array<{ label: string; rows: RowSpec[] }> = []): Case {
  return buildCase({
    meta: { title: 'Test' },
    unit: 'kr',
    decimals: 0,
    priceLevel: '2024 p/l',
    axis: { firstYear: 2024, count: years, labelStyle: 'year', relativeFirstYear: 2024 },
    result: { row: (extraSections.at(-1)?.rows ?? rows).at(-1)!.label, convention: 'expensePositive' },
    sections: [{ label: 'Afsnit', rows }, ...extraSections],
  }, { strictNames: false });
}

/** Values of a row by label, as JSON-ish strings ("12", "#DIV/0!", null). */
export function valuesOf(c: Case, engine: Engine, label: string): Array<string | boolean | null> {
  const row = allRows(c).find((r) => r.label === label);
  if (!row) throw new Error(`no row ${label}`);
  return engine.rowValues(row.id).map((v: Scalar) => scalarToJson(v));
}

/** Evaluates one formula in period 0 of a case with rows A = 10, 20, 30, 40 and B = 1, 2, 3, 4. */
export function evaluate(formula: string, period = 0): string | boolean | null {
  const c = caseOf([
    { label: 'A', kind: 'input', cells: { 2024: '10', 2025: '20', 2026: '30', 2027: '40' } },
    { label: 'B', kind: 'input', cells: { 2024: '1', 2025: '2', 2026: '3', 2027: '4' } },
    { label: 'Tom', kind: 'input' },
  ], 4, [{ label: 'Beregning', rows: [{ label: 'F', kind: 'formula', all: formula }] }]);
  return valuesOf(c, Engine.create(c), 'F')[period] ?? null;
}
