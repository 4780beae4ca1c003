/**
 * Classified tables -> a live case: sections and rows with their formulas and stated figures,
 * the result row and its sign convention, the payback the table states, one table view per
 * imported table.
 */
import type { Bucket, Case, Classification, PeriodAxis, Row, StatedKeyFigures, TableView } from '../../model/case';
import { EMPTY_META } from '../../model/create';
import { rowId, sectionId } from '../../model/ids';
import type { Unit } from '../../money/units';
import { derivedThroughout } from '../../model/derived-rows';
import { paybackFigureOf, statedYearsOf, type ClassColumn, type Period } from './header-labels';
import type { ClassifiedTable } from './row-roles';
import type { Convention } from './sign-convention';
import type { TableLayout } from './table-layout';

export interface TablePlan {
  layout: TableLayout;
  classified: ClassifiedTable;
  axis: PeriodAxis;
  unit: Unit;
  decimals: number;
  /** The result's sign convention (inferred, or chosen in the preview); expenses positive when not yet known. */
  convention?: Convention;
}

/** The axis a table's periods give: calendar years, or År 1..N (quarters are counted as periods). */
export function axisOf(periods: Period[]): PeriodAxis {
  const first = periods[0]!;
  if (first.kind === 'year') return { firstYear: first.year, count: periods.length, labelStyle: 'year', relativeFirstYear: first.year };
  const start = first.kind === 'relative' ? first.n : 1;
  return { firstYear: start, count: periods.length, labelStyle: 'relative', relativeFirstYear: 1 };
}

/** One case from one or more tables; the tables' axes must be of one kind (checked by the caller). */
export function casesFromTables(plans: TablePlan[]): Case {
  const firstYear = Math.min(...plans.map((t) => t.axis.firstYear));
  const lastYear = Math.max(...plans.map((t) => t.axis.firstYear + t.axis.count - 1));
  const first = plans[0]!;
  const axis: PeriodAxis = { ...first.axis, firstYear, count: lastYear - firstYear + 1, relativeFirstYear: first.axis.labelStyle === 'year' ? firstYear : 1 };
  const sections: Case['sections'] = [];
  const views: TableView[] = [];
  let resultId: string | null = null;
  let convention: Convention = 'expensePositive';
  let keyFigures: StatedKeyFigures = {};
  plans.forEach((plan, i) => {
    const offset = plan.axis.firstYear - firstYear;
    const bySection = plan.classified.sections.map((s) => ({ id: sectionId(s.id), label: s.label, rows: [] as Row[] }));
    for (const r of plan.classified.rows) {
      if (!r.id) continue;
      // One table on its own axis keeps its cells as they are (10 000 rows need not be copied);
      // a computed row's years outside its table are filled below, by derivedThroughout.
      const cells = offset === 0 && r.cells.length === axis.count ? r.cells : Array.from({ length: axis.count }, (_, p) => r.cells[p - offset] ?? null);
      const stated: NonNullable<Row['stated']> = {};
      const values = Object.entries(r.stated.values).map(([p, v]) => [String(Number(p) + offset), v] as const);
      if (values.length > 0) stated.values = Object.fromEntries(values);
      if (r.stated.total !== undefined) stated.total = r.stated.total;
      bySection[r.section]!.rows.push({
        id: rowId(r.id),
        label: r.source.label || `Række ${r.source.gridRow + 1}`,
        kind: r.kind,
        scope: 'period',
        classification: classificationOf(r.source.classification, r.source.label),
        cells,
        ...(Object.keys(stated).length > 0 ? { stated } : {}),
      });
    }
    const kept = bySection.filter((s) => s.rows.length > 0);
    sections.push(...kept);
    const rowIds = kept.flatMap((s) => s.rows.map((r) => r.id));
    views.push({
      id: `v${i + 1}`,
      title: plan.layout.title,
      rowIds,
      fromPeriod: offset,
      toPeriod: offset + plan.axis.count - 1,
      periodLabels: plan.axis.labelStyle,
      classificationColumns: plan.layout.classCols.map((k) => VIEW_COLUMN[k.kind]),
      totalLabel: plan.layout.totalLabel ?? 'I alt',
      ...(plan.unit !== first.unit ? { unit: plan.unit } : {}),
    });
    // The payback lines speak of their own table's result: the result's table's lines, else the first table's that has any.
    const stated = statedPaybacks(plan.classified);
    if (resultId === null) {
      resultId = resultRowOf(plan.classified);
      if (resultId !== null) convention = plan.convention ?? 'expensePositive';
      if (resultId !== null && Object.keys(stated).length > 0) keyFigures = stated;
    }
    if (Object.keys(keyFigures).length === 0) keyFigures = stated;
  });
  return {
    meta: { ...EMPTY_META, title: first.layout.title },
    unit: first.unit,
    decimals: first.decimals,
    priceLevel: first.layout.priceLevel ?? '',
    axis,
    // Whatever a table left blank in a computed row, the row's own formula covers it.
    sections: sections.map((s) => ({ ...s, rows: s.rows.map(derivedThroughout) })),
    result: { rowId: resultId ? rowId(resultId) : null, convention },
    discountRate: '0.035',
    views,
    ...(Object.keys(keyFigures).length > 0 ? { statedKeyFigures: keyFigures } : {}),
  };
}

/** The payback times a table's Tilbagebetalingstid lines state, as the case keeps them to check them. */
function statedPaybacks(t: ClassifiedTable): StatedKeyFigures {
  const out: StatedKeyFigures = {};
  for (const r of t.rows) {
    const years = r.source.payback === undefined ? null : statedYearsOf(r.source.payback);
    if (years !== null) out[paybackFigureOf(r.source.label)] = years;
  }
  return out;
}

const VIEW_COLUMN: Record<ClassColumn, TableView['classificationColumns'][number]> = {
  Styringsområde: 'styringsomraade',
  Udvalg: 'udvalg',
  Bevilling: 'bevilling',
  'I/U': 'iu',
};

function resultRowOf(t: ClassifiedTable): string | null {
  const withId = t.rows.filter((r) => r.id);
  return (withId.findLast((r) => r.role === 'result') ?? withId.findLast((r) => r.role === 'total'))?.id ?? null;
}

function classificationOf(source: Partial<Record<ClassColumn, string>>, label: string): Classification {
  const c: Classification = {};
  if (source.Styringsområde) c.styringsomraade = source.Styringsområde;
  if (source.Udvalg) c.udvalg = source.Udvalg;
  if (source.Bevilling) c.bevilling = source.Bevilling;
  const iu = source['I/U']?.trim().toUpperCase();
  if (iu === 'I' || iu === 'U') c.iu = iu;
  const bucket = bucketOf(label);
  if (bucket) c.bucket = bucket;
  return c;
}

const BUCKET_WORDS: Array<[RegExp, Bucket]> = [
  [/medfinansiering/i, 'medfinansiering'],
  [/besparelse|reducere|mindreudgift/i, 'besparelse'],
  [/investering|implementering|udgift|omkostning/i, 'investering'],
  [/indtægt|resultatbetaling|refusion/i, 'indtægt'],
];

function bucketOf(label: string): Bucket | null {
  return BUCKET_WORDS.find(([re]) => re.test(label))?.[1] ?? null;
}
