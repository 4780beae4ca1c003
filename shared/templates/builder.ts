/**
 * Builds a case from a readable description: rows by label, amounts in kroner, formulas written
 * with row names exactly as a person types them. Ids are assigned in order and formulas are bound
 * to ids only after every row exists, so a formula may name a row further down.
 */
import { walk } from '../formula/ast';
import { toStoredFormula } from '../model/case-formulas';
import { parseFormula } from '../formula/parser';
import type { Case, CaseMeta, Cell, Classification, DriverFormat, PeriodAxis, Row, RowKind, StatedFigures, TableView } from '../model/case';
import { EMPTY_META } from '../model/create';
import { rowId, sectionId } from '../model/ids';
import { periodOfYear } from '../model/period';
import type { Unit } from '../money/units';

export interface RowSpec {
  label: string;
  kind: RowKind;
  /** A constant row holds one value for every period; give it in `all`. */
  constant?: boolean;
  classification?: Classification;
  driverFormat?: DriverFormat;
  /** An assumption's unit when its driver format does not say it ("måneder"). */
  unitText?: string;
  /** Year -> kroner decimal string or formula ("=..."). */
  cells?: Record<number, string>;
  /** Every period (or the constant value). */
  all?: string;
  /** Stated figures by year, and the stated total, in kroner. */
  stated?: { values?: Record<number, string>; total?: string };
  note?: string;
}

export interface ViewSpec {
  title: string;
  rows: string[];
  from: number;
  to: number;
  periodLabels?: 'year' | 'relative';
  classificationColumns?: TableView['classificationColumns'];
  totalLabel: string;
  rowLabels?: Record<string, string>;
}

export interface CaseSpec {
  meta: Partial<CaseMeta>;
  unit: Unit;
  decimals: number;
  priceLevel: string;
  axis: PeriodAxis;
  discountRate?: string;
  result: { row: string; convention: Case['result']['convention'] };
  sections: Array<{ label: string; rows: RowSpec[] }>;
  views?: ViewSpec[];
}

/** `strictNames`: refuse formulas that name rows that do not exist (templates must be complete). */
export function buildCase(spec: CaseSpec, { strictNames = true } = {}): Case {
  let n = 0;
  const ids = new Map<string, string>();
  const sections = spec.sections.map((s, si) => ({
    id: sectionId(`s${si + 1}`),
    label: s.label,
    rows: s.rows.map((r) => {
      n += 1;
      if (ids.has(r.label)) throw new Error(`Template: two rows named "${r.label}"`);
      ids.set(r.label, `r${n}`);
      return rawRow(`r${n}`, r, spec.axis);
    }),
  }));
  const draft: Case = {
    meta: { ...EMPTY_META, ...spec.meta },
    unit: spec.unit,
    decimals: spec.decimals,
    priceLevel: spec.priceLevel,
    axis: spec.axis,
    sections,
    result: { rowId: rowId(idOf(ids, spec.result.row)), convention: spec.result.convention },
    discountRate: spec.discountRate ?? '0.035',
    views: [],
  };
  const bound: Case = {
    ...draft,
    sections: draft.sections.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, cells: r.cells.map((cell) => bindCell(cell, draft, r.label, strictNames)) })) })),
  };
  bound.views = (spec.views ?? []).map((v, i) => view(v, i, ids, spec.axis));
  return bound;
}

function rawRow(id: string, spec: RowSpec, axis: PeriodAxis): Row {
  const count = spec.constant ? 1 : axis.count;
  const cells: Cell[] = Array.from({ length: count }, () => (spec.all === undefined ? null : cellOf(spec.all)));
  for (const [year, text] of Object.entries(spec.cells ?? {})) {
    const p = periodOfYear(axis, Number(year));
    if (p < 0 || spec.constant) throw new Error(`Template: ${spec.label} has a cell for ${year} outside the axis`);
    cells[p] = cellOf(text);
  }
  const row: Row = { id: rowId(id), label: spec.label, kind: spec.kind, scope: spec.constant ? 'constant' : 'period', classification: spec.classification ?? {}, cells };
  if (spec.driverFormat) row.driverFormat = spec.driverFormat;
  if (spec.unitText) row.unitText = spec.unitText;
  if (spec.note) row.note = spec.note;
  if (spec.stated) row.stated = statedOf(spec.stated, axis);
  return row;
}

function statedOf(stated: NonNullable<RowSpec['stated']>, axis: PeriodAxis): StatedFigures {
  const out: StatedFigures = {};
  if (stated.values) {
    out.values = Object.fromEntries(
      Object.entries(stated.values).map(([y, v]) => {
        const p = periodOfYear(axis, Number(y));
        if (p < 0) throw new Error(`Template: a stated figure for ${y} lies outside the axis`);
        return [String(p), v];
      }),
    );
  }
  if (stated.total !== undefined) out.total = stated.total;
  return out;
}

const cellOf = (text: string): Cell => (text.startsWith('=') ? { formula: text } : { value: text });

function bindCell(cell: Cell, c: Case, label: string, strictNames: boolean): Cell {
  if (!cell || !('formula' in cell)) return cell;
  const stored = toStoredFormula(cell.formula, c);
  if (!stored.ok) throw new Error(`Template: formula of "${label}" does not parse: ${stored.message}`);
  const names: string[] = [];
  if (strictNames) walk(parseFormula(stored.stored), (n) => n.t === 'name' && names.push(n.name));
  if (names.length) {
    throw new Error(`Template: formula of "${label}" names a row that does not exist: ${cell.formula}`);
  }
  return { formula: stored.stored };
}

function idOf(ids: Map<string, string>, label: string): string {
  const id = ids.get(label);
  if (!id) throw new Error(`Template: no row named "${label}"`);
  return id;
}

function view(v: ViewSpec, i: number, ids: Map<string, string>, axis: PeriodAxis): TableView {
  const out: TableView = {
    id: `v${i + 1}`,
    title: v.title,
    rowIds: v.rows.map((label) => rowId(idOf(ids, label))),
    fromPeriod: periodOfYear(axis, v.from),
    toPeriod: periodOfYear(axis, v.to),
    periodLabels: v.periodLabels ?? 'year',
    classificationColumns: v.classificationColumns ?? [],
    totalLabel: v.totalLabel,
  };
  if (out.fromPeriod < 0 || out.toPeriod < out.fromPeriod) throw new Error(`Template: view "${v.title}" has years off the axis`);
  if (v.rowLabels) out.rowLabels = Object.fromEntries(Object.entries(v.rowLabels).map(([label, shown]) => [idOf(ids, label), shown]));
  return out;
}
