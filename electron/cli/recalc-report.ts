/**
 * The recalculated case as data: what `recalc --json` prints and what the human report formats.
 * Amounts are decimal strings in kroner; empty periods are left out of `values`.
 */
import { Engine } from '../../shared/engine/engine';
import { keyFigures, type FigureId } from '../../shared/figures/key-figures';
import { statedDiscrepancies, type Discrepancy } from '../../shared/figures/stated';
import { FormulaError } from '../../shared/formula/errors';
import { scalarToJson } from '../../shared/formula/values';
import type { Case } from '../../shared/model/case';
import { periodLabels } from '../../shared/model/period';
import { toDecimalString, type Decimal } from '../../shared/money/decimal';

export interface RecalcReport {
  title: string;
  unit: string;
  decimals: number;
  priceLevel: string;
  periods: string[];
  rows: Array<{
    id: string;
    label: string;
    section: string;
    kind: string;
    scope: string;
    values: Record<string, string | boolean>;
    total: string | boolean | null;
  }>;
  keyFigures: {
    convention: string;
    firstActiveYear: number | null;
    paybackTotal: number | null;
    paybackService: number | null;
    /** A calendar year, whatever the axis calls it. */
    breakEvenYear: number | null;
    /** The break-even year as the axis names its column: "2028", or "År 6" on an axis labelled År n. */
    breakEvenLabel: string | null;
    netTotal: string | null;
    net7: string | null;
    net10: string | null;
    npv: string | null;
    discountRate: string;
    cumulative: Record<string, string>;
    /** Figures an error in the result keeps from being known (null above), with the period of that error. */
    unknown: Partial<Record<FigureId, string>>;
    problems: string[];
  };
  discrepancies: Discrepancy[];
  errors: Array<{ rowId: string; row: string; period: string; code: string; reason: string }>;
}

const str = (d: Decimal | null) => (d === null ? null : toDecimalString(d));

export function recalcReport(c: Case): RecalcReport {
  const engine = Engine.create(c);
  const periods = periodLabels(c.axis, 'year');
  const errors: RecalcReport['errors'] = [];
  const rows = c.sections.flatMap((s) =>
    s.rows.map((r) => {
      const values: Record<string, string | boolean> = {};
      engine.rowValues(r.id).forEach((v, p) => {
        if (v instanceof FormulaError && (r.scope === 'period' || p === 0)) {
          errors.push({ rowId: r.id, row: r.label, period: periods[p]!, code: v.code, reason: v.reason });
        }
        const json = scalarToJson(v);
        if (json !== null) values[periods[p]!] = json;
      });
      return { id: r.id, label: r.label, section: s.label, kind: r.kind, scope: r.scope, values, total: scalarToJson(engine.total(r.id)) };
    }),
  );
  const k = keyFigures(c, engine);
  const cumulative: Record<string, string> = {};
  k.cumulative.forEach((v, p) => {
    if (v !== null) cumulative[periods[p]!] = toDecimalString(v);
  });
  return {
    title: c.meta.title,
    unit: c.unit,
    decimals: c.decimals,
    priceLevel: c.priceLevel,
    periods,
    rows,
    keyFigures: {
      convention: k.convention,
      firstActiveYear: k.firstActiveYear,
      paybackTotal: k.paybackTotal,
      paybackService: k.paybackService,
      breakEvenYear: k.breakEvenYear,
      breakEvenLabel: k.breakEvenLabel,
      netTotal: str(k.netTotal),
      net7: str(k.net7),
      net10: str(k.net10),
      npv: k.npv === null ? null : toDecimalString(k.npv.toDecimalPlaces(2)),
      discountRate: toDecimalString(k.discountRate),
      cumulative,
      unknown: Object.fromEntries(Object.entries(k.unknown).map(([id, p]) => [id, periods[p]!])),
      problems: k.problems,
    },
    discrepancies: statedDiscrepancies(c, engine),
    errors,
  };
}
