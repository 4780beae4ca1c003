/**
 * One fixed key order for everything in a file, so that saving the same case twice, or saving a
 * case just loaded from a file with its keys in another order, gives identical bytes (clean diffs,
 * and "changed on disk" detection that compares content). The order is the order of
 * shared/model/case.ts; optional fields that are absent stay absent.
 */
import type { Case, CaseMeta, Cell, Classification, PeriodAxis, Row, Section, StatedFigures, TableView } from '../model/case';
import type { CaseFile } from './schema';

export function canonicalFile(file: CaseFile): CaseFile {
  return { format: file.format, version: file.version, case: canonicalCase(file.case) };
}

function canonicalCase(c: Case): Case {
  return {
    meta: canonicalMeta(c.meta),
    unit: c.unit,
    decimals: c.decimals,
    priceLevel: c.priceLevel,
    axis: canonicalAxis(c.axis),
    sections: c.sections.map(canonicalSection),
    result: { rowId: c.result.rowId, convention: c.result.convention },
    discountRate: c.discountRate,
    views: c.views.map(canonicalView),
  };
}

function canonicalMeta(m: CaseMeta): CaseMeta {
  return { title: m.title, summary: m.summary, administration: m.administration, committee: m.committee, caseNumber: m.caseNumber, date: m.date, author: m.author };
}

function canonicalAxis(a: PeriodAxis): PeriodAxis {
  return { firstYear: a.firstYear, count: a.count, labelStyle: a.labelStyle, relativeFirstYear: a.relativeFirstYear };
}

function canonicalSection(s: Section): Section {
  return { id: s.id, label: s.label, rows: s.rows.map(canonicalRow) };
}

function canonicalRow(r: Row): Row {
  return {
    id: r.id,
    label: r.label,
    kind: r.kind,
    scope: r.scope,
    classification: canonicalClassification(r.classification),
    ...present('driverFormat', r.driverFormat),
    ...present('unitText', r.unitText),
    cells: r.cells.map(canonicalCell),
    ...present('stated', r.stated && canonicalStated(r.stated)),
    ...present('note', r.note),
  };
}

function canonicalClassification(c: Classification): Classification {
  return {
    ...present('styringsomraade', c.styringsomraade),
    ...present('udvalg', c.udvalg),
    ...present('bevilling', c.bevilling),
    ...present('iu', c.iu),
    ...present('bucket', c.bucket),
  };
}

function canonicalCell(cell: Cell): Cell {
  if (cell === null) return null;
  return 'formula' in cell ? { formula: cell.formula } : { value: cell.value };
}

function canonicalStated(s: StatedFigures): StatedFigures {
  return {
    ...present('values', s.values && sortedRecord(s.values, (a, b) => Number(a) - Number(b))),
    ...present('total', s.total),
  };
}

function canonicalView(v: TableView): TableView {
  return {
    id: v.id,
    title: v.title,
    rowIds: [...v.rowIds],
    fromPeriod: v.fromPeriod,
    toPeriod: v.toPeriod,
    periodLabels: v.periodLabels,
    classificationColumns: [...v.classificationColumns],
    totalLabel: v.totalLabel,
    ...present('rowLabels', v.rowLabels && sortedRecord(v.rowLabels, byCodeUnit)),
    ...present('unit', v.unit),
  };
}

/** An optional field as a spreadable object: absent (not `undefined`) when there is no value. */
function present<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** Code-unit order rather than localeCompare: the bytes must not depend on the machine's locale. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortedRecord<V>(record: Record<string, V>, compare: (a: string, b: string) => number): Record<string, V> {
  return Object.fromEntries(Object.keys(record).sort(compare).map((k) => [k, record[k] as V]));
}
