/** Fresh, valid pieces of a case. Every new case, row and section is made here. */
import { FORMAT_VERSION, type Bucket, type Case, type CaseMeta, type PeriodAxis, type Row, type RowKind, type Section } from './case';
import { freshId, rowId, sectionId } from './ids';

export { FORMAT_VERSION };

export const EMPTY_META: CaseMeta = {
  title: '',
  summary: '',
  administration: '',
  committee: '',
  caseNumber: '',
  date: '',
  author: '',
};

/**
 * A blank case: four budget years from `firstYear`, a section "Økonomi" with empty lines for
 * investering, medfinansiering and besparelse, and a result row that sums them.
 */
export function blankCase(firstYear: number): Case {
  const axis: PeriodAxis = { firstYear, count: 4, labelStyle: 'year', relativeFirstYear: firstYear };
  const line = (id: string, label: string, bucket: Bucket): Row => ({ ...newRow(id, label, 'input', axis.count), classification: { bucket } });
  const result: Row = { ...newRow('r4', 'Resultat', 'result', axis.count), cells: Array.from({ length: 4 }, () => ({ formula: '=SUM({s1})' })) };
  return {
    meta: { ...EMPTY_META, title: 'Ny sag' },
    unit: '1000 kr',
    decimals: 0,
    priceLevel: `${firstYear} p/l`,
    axis,
    sections: [{ id: sectionId('s1'), label: 'Økonomi', rows: [line('r1', 'Investering', 'investering'), line('r2', 'Medfinansiering', 'medfinansiering'), line('r3', 'Besparelse', 'besparelse'), result] }],
    result: { rowId: result.id, convention: 'expensePositive' },
    discountRate: '0.035',
    views: [],
  };
}

export function newRow(id: string, label: string, kind: RowKind, periods: number, scope: Row['scope'] = 'period'): Row {
  return {
    id: rowId(id),
    label,
    kind,
    scope,
    classification: {},
    cells: Array.from({ length: scope === 'constant' ? 1 : periods }, () => null),
  };
}

export function newSection(id: string, label: string): Section {
  return { id: sectionId(id), label, rows: [] };
}

/** Ids already used by rows and sections of a case. */
export function usedIds(c: Case): Set<string> {
  const ids = new Set<string>();
  for (const s of c.sections) {
    ids.add(s.id);
    for (const r of s.rows) ids.add(r.id);
  }
  return ids;
}

export function freshRowId(c: Case): string {
  return freshId('r', usedIds(c));
}

export function freshSectionId(c: Case): string {
  return freshId('s', usedIds(c));
}
