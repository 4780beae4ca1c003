/**
 * fast-check generators of valid cases, for property tests anywhere in the suite. Every case they
 * make keeps the model's invariants (one cell per period, unique ids, references that exist), and
 * every formula is canonical stored text that parses: `={r2} + 1`, `=SUM({s1})`, `=PREV({r3})`.
 *
 * @example fc.assert(fc.property(arbitraryCase(), (c) => ...))
 */
import fc from 'fast-check';
import { BUCKETS, type Case, type CaseMeta, type Cell, type Classification, type PeriodAxis, type Row, type RowKind, type Section, type StatedFigures, type StatedKeyFigures, type TableView } from '../../../shared/model/case';
import { rowId, sectionId, type RowId } from '../../../shared/model/ids';
import { UNITS } from '../../../shared/money/units';

export interface CaseShape {
  /** Most periods on the axis (the file allows 200; small keeps runs fast). */
  maxPeriods?: number;
  maxSections?: number;
  maxRowsPerSection?: number;
  maxViews?: number;
}

/*
 * Records are asked for plain objects (fast-check otherwise sometimes makes null-prototype ones):
 * a case in the app is always plain JSON-like data, and toStrictEqual compares prototypes.
 */

/** Canonical decimal strings as the engine writes them: no exponent, no trailing zeros, no "-0". */
export const arbitraryDecimalString: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => String(n)),
  fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.nat({ max: 999_999 }))
    .map(([negative, whole, fraction]) => {
      const digits = fraction === 0 ? '' : `.${String(fraction).padStart(6, '0').replace(/0+$/, '')}`;
      const text = `${whole}${digits}`;
      return negative && text !== '0' ? `-${text}` : text;
    }),
);

/** Labels as budget notes write them, and arbitrary text (quotes, emoji, blanks) besides. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', 'Investering', 'Medfinansiering (indsatsbudget CAB)', 'Besparelse', 'Øvrige udgifter', 'Årsværk, "IPS"', 'Resultat'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

const arbitraryIsoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const arbitraryMeta: fc.Arbitrary<CaseMeta> = fc.record({
  title: arbitraryText,
  summary: arbitraryText,
  administration: arbitraryText,
  committee: arbitraryText,
  caseNumber: arbitraryText,
  date: fc.oneof(fc.constant(''), arbitraryIsoDate),
  author: arbitraryText,
}, { noNullPrototype: true });

export function arbitraryAxis(maxPeriods = 6): fc.Arbitrary<PeriodAxis> {
  return fc
    .record({
      firstYear: fc.oneof(fc.integer({ min: 2015, max: 2035 }), fc.integer({ min: 1, max: 9000 })),
      count: fc.integer({ min: 1, max: maxPeriods }),
      labelStyle: fc.constantFrom('year' as const, 'relative' as const),
      offset: fc.integer({ min: -2, max: 2 }),
    })
    .map(({ offset, ...axis }) => ({ ...axis, relativeFirstYear: Math.max(1, axis.firstYear + offset) }));
}

/** Formula text over the given rows and sections, in the stored form (ids in braces). */
export function arbitraryFormula(rowIds: readonly string[], sectionIds: readonly string[], axis: PeriodAxis): fc.Arbitrary<string> {
  const number = fc.oneof(fc.nat({ max: 100_000 }).map(String), arbitraryDecimalString.filter((d) => !d.startsWith('-')));
  const row = rowIds.length ? fc.constantFrom(...rowIds).map((id) => `{${id}}`) : number;
  const section = sectionIds.length ? fc.constantFrom(...sectionIds).map((id) => `{${id}}`) : row;
  const year = fc.integer({ min: axis.firstYear, max: axis.firstYear + axis.count - 1 });
  const { expr } = fc.letrec<{ expr: string; leaf: string; compound: string }>((tie) => ({
    expr: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('compound')),
    leaf: fc.oneof(number, row, fc.tuple(row, year).map(([r, y]) => `${r}[${y}]`)),
    compound: fc.oneof(
      fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/'), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`),
      tie('expr').map((a) => `-(${a})`),
      tie('expr').map((a) => `(${a})`),
      section.map((s) => `SUM(${s})`),
      fc.tuple(tie('expr'), fc.integer({ min: 0, max: 4 })).map(([a, d]) => `ROUND(${a}, ${d})`),
      fc.tuple(fc.constantFrom('MIN', 'MAX'), tie('expr'), tie('expr')).map(([f, a, b]) => `${f}(${a}, ${b})`),
      tie('expr').map((a) => `ABS(${a})`),
      row.map((r) => `PREV(${r})`),
      row.map((r) => `CUMSUM(${r})`),
      fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([a, b, c]) => `IF(${a} > 0, ${b}, ${c})`),
    ),
  }));
  return expr.map((e) => `=${e}`);
}

function arbitraryCell(rowIds: readonly string[], sectionIds: readonly string[], axis: PeriodAxis): fc.Arbitrary<Cell> {
  return fc.oneof(
    fc.constant(null),
    arbitraryDecimalString.map((value) => ({ value })),
    arbitraryFormula(rowIds, sectionIds, axis).map((formula) => ({ formula })),
  );
}

const arbitraryClassification: fc.Arbitrary<Classification> = fc.record(
  {
    styringsomraade: fc.oneof(fc.constantFrom('Service', 'Overførsler', 'Overførsler (EI)', 'Anlæg', 'Finansiering'), arbitraryText),
    udvalg: fc.oneof(fc.constantFrom('BIU', 'SOU', 'Arbejdsmarkedsudvalget'), arbitraryText),
    bevilling: fc.constantFrom('35.10', '3', '4.2'),
    iu: fc.constantFrom('I' as const, 'U' as const),
    bucket: fc.constantFrom(...BUCKETS),
  },
  { requiredKeys: [], noNullPrototype: true },
);

function arbitraryStated(periods: number): fc.Arbitrary<StatedFigures> {
  const values = fc
    .uniqueArray(fc.nat({ max: periods - 1 }), { maxLength: periods })
    .chain((ps) => fc.tuple(...ps.map((p) => arbitraryDecimalString.map((v) => [String(p), v] as const))))
    .map((entries) => Object.fromEntries(entries));
  return fc.record({ values, total: arbitraryDecimalString }, { requiredKeys: [], noNullPrototype: true });
}

/** A source's payback lines: whole years or "-" (not within the horizon), either or both or neither. */
export const arbitraryStatedKeyFigures: fc.Arbitrary<StatedKeyFigures> = fc.record(
  {
    paybackTotal: fc.oneof(fc.constant('-'), fc.integer({ min: 0, max: 9999 }).map(String)),
    paybackService: fc.oneof(fc.constant('-'), fc.integer({ min: 0, max: 9999 }).map(String)),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const KINDS: RowKind[] = ['input', 'driver', 'formula', 'subtotal', 'result', 'note'];

function arbitraryRow(id: string, rowIds: readonly string[], sectionIds: readonly string[], axis: PeriodAxis): fc.Arbitrary<Row> {
  return fc.constantFrom('period' as const, 'constant' as const).chain((scope) =>
    fc
      .record(
        {
          label: arbitraryText,
          kind: fc.constantFrom(...KINDS),
          classification: arbitraryClassification,
          driverFormat: fc.constantFrom('number' as const, 'kr' as const, 'percent' as const),
          unitText: arbitraryText,
          cells: fc.array(arbitraryCell(rowIds, sectionIds, axis), { minLength: scope === 'constant' ? 1 : axis.count, maxLength: scope === 'constant' ? 1 : axis.count }),
          stated: arbitraryStated(axis.count),
          note: arbitraryText,
        },
        { requiredKeys: ['label', 'kind', 'classification', 'cells'], noNullPrototype: true },
      )
      .map((r): Row => ({ id: rowId(id), scope, ...r })),
  );
}

function arbitraryView(index: number, rowIds: readonly RowId[], axis: PeriodAxis): fc.Arbitrary<TableView> {
  const periods = fc.tuple(fc.nat({ max: axis.count - 1 }), fc.nat({ max: axis.count - 1 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const shown = fc.subarray([...rowIds]);
  return fc
    .record(
      {
        title: arbitraryText,
        rowIds: shown,
        periods,
        periodLabels: fc.constantFrom('year' as const, 'relative' as const),
        classificationColumns: fc.subarray(['styringsomraade', 'udvalg', 'bevilling', 'iu'] as const),
        totalLabel: fc.constantFrom('I alt', 'Samlet', 'Total', ''),
        rowLabels: shown.chain((ids) => fc.tuple(...ids.map((id) => arbitraryText.map((t) => [id, t] as const)))).map((e) => Object.fromEntries(e)),
        unit: fc.constantFrom(...UNITS),
      },
      { requiredKeys: ['title', 'rowIds', 'periods', 'periodLabels', 'classificationColumns', 'totalLabel'], noNullPrototype: true },
    )
    .map(({ periods: [fromPeriod, toPeriod], rowIds: ids, classificationColumns, ...v }): TableView => ({
      id: `v${index + 1}`,
      ...v,
      rowIds: [...ids],
      fromPeriod,
      toPeriod,
      classificationColumns: [...classificationColumns],
    }));
}

/** Distinct ids with a prefix, numbered as freshId would but not in order: "r17", "r3", ... */
const arbitraryIds = (prefix: string, n: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 9_999 }), { minLength: n, maxLength: n }).map((ns) => ns.map((k) => `${prefix}${k}`));

/** A whole valid case: sections of rows with values and formulas, classification, stated figures, views. */
export function arbitraryCase(shape: CaseShape = {}): fc.Arbitrary<Case> {
  const { maxPeriods = 6, maxSections = 4, maxRowsPerSection = 5, maxViews = 3 } = shape;
  const layout = fc.record({
    axis: arbitraryAxis(maxPeriods),
    sizes: fc.array(fc.nat({ max: maxRowsPerSection }), { minLength: 1, maxLength: maxSections }),
  });
  return layout.chain(({ axis, sizes }) => {
    const total = sizes.reduce((a, b) => a + b, 0);
    return fc.tuple(arbitraryIds('r', total), arbitraryIds('s', sizes.length)).chain(([rIds, sIds]) => {
      const rows = fc.tuple(...rIds.map((id) => arbitraryRow(id, rIds, sIds, axis)));
      const ids = rIds.map(rowId);
      return fc
        .record({
          meta: arbitraryMeta,
          unit: fc.constantFrom(...UNITS),
          decimals: fc.integer({ min: 0, max: 6 }),
          priceLevel: fc.oneof(fc.constant('løbende p/l'), fc.integer({ min: 2015, max: 2035 }).map((y) => `${y} p/l`)),
          rows,
          sectionLabels: fc.tuple(...sIds.map(() => arbitraryText)),
          resultRow: ids.length ? fc.option(fc.constantFrom(...ids), { nil: null }) : fc.constant(null),
          convention: fc.constantFrom('expensePositive' as const, 'gainPositive' as const),
          discountRate: fc.oneof(fc.constantFrom('0.035', '0.04', '0', '0.025'), arbitraryDecimalString),
          views: fc.integer({ min: 0, max: maxViews }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryView(i, ids, axis)))),
          statedKeyFigures: fc.option(arbitraryStatedKeyFigures, { nil: undefined }),
        })
        .map(({ rows: allRows, sectionLabels, resultRow, convention, statedKeyFigures, ...c }): Case => {
          let next = 0;
          const sections: Section[] = sIds.map((id, si) => {
            const taken = allRows.slice(next, next + sizes[si]!);
            next += sizes[si]!;
            return { id: sectionId(id), label: sectionLabels[si]!, rows: taken };
          });
          // Absent, never undefined: a case loaded from a file has no key for a field it lacks.
          return { ...c, axis, sections, result: { rowId: resultRow, convention }, views: [...c.views], ...(statedKeyFigures ? { statedKeyFigures } : {}) };
        });
    });
  });
}
