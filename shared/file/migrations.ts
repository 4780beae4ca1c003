/**
 * Steps that bring an older file forward, one version at a time. Each takes the parsed JSON of
 * version `from` and returns version `from + 1`; the loader validates only the final result.
 *
 * Version 0 was the prototype format: no table views, no discount rate, a result row id without
 * a sign convention, and the axis as `{ firstYear, count }` with calendar labels only.
 */
type Json = Record<string, unknown>;

export interface Migration {
  from: number;
  migrate(file: Json): Json;
}

const asObject = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

export const MIGRATIONS: Migration[] = [
  {
    from: 0,
    migrate(file) {
      const c = asObject(file.case);
      const axis = asObject(c.axis);
      const result = c.result;
      return {
        ...file,
        version: 1,
        case: {
          ...c,
          views: c.views ?? [],
          discountRate: c.discountRate ?? '0.035',
          axis: { labelStyle: 'year', relativeFirstYear: axis.firstYear, ...axis },
          result: typeof result === 'string' || result === null || result === undefined ? { rowId: result ?? null, convention: 'expensePositive' } : result,
        },
      };
    },
  },
];
