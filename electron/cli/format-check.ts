/** The readable import report: every table, every stated figure checked, every discrepancy. */
import { Decimal } from '../../shared/money/decimal';
import { formatDanish } from '../../shared/money/danish';
import { kronerToUnit, unitLabel, type Unit } from '../../shared/money/units';
import { isArithmetic } from '../../shared/figures/stated';
import type { ImportReport } from './import-report';
import { yearsShown } from './format-report';

export function formatCheckReport(report: ImportReport): string {
  const lines: string[] = [];
  if (report.tables.length === 0) lines.push('Ingen budgettabel fundet.');
  report.tables.forEach((t, i) => {
    const periods = t.periods.length > 0 ? `${t.periods[0]}–${t.periods.at(-1)}` : '';
    lines.push(`Tabel ${i + 1}: ${t.title} (ark "${t.sheet}"), ${unitLabel(t.unit)}${t.priceLevel ? `, ${t.priceLevel}` : ''}, ${periods}`);
    const counts = new Map<string, number>();
    // A payback line keeps the role "result" in the JSON, but it is a stated key figure, not a row of figures.
    for (const r of t.rows) {
      const kind = r.keyFigure ? 'keyFigure' : r.role;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    lines.push(`  ${[...counts].map(([role, n]) => `${n} ${ROLE_NAMES[role]?.[n === 1 ? 0 : 1] ?? role}`).join(', ')}`);
    const own = report.discrepancies.filter((d) => d.table === t.title);
    const errors = own.filter(isArithmetic);
    const rounding = own.filter((d) => !isArithmetic(d));
    const checked = report.checked[i] ?? 0;
    lines.push(`  ${checked} angivne tal kontrolleret, ${errors.length === 0 ? (rounding.length === 0 ? 'alle stemmer' : 'alle stemmer inden for afrunding') : `${errors.length} stemmer ikke:`}`);
    // A stated payback is years, never an amount in the table's unit.
    const figure = (d: (typeof own)[number], v: string) => (d.keyFigure ? yearsShown(v) : shown(v, t.unit));
    const line = (d: (typeof own)[number]) => `    ${d.row}, ${d.column}: angivet ${figure(d, d.stated)}, beregnet ${figure(d, d.computed)}`;
    lines.push(...errors.map(line));
    if (rounding.length > 0) lines.push(`  ${rounding.length} ${rounding.length === 1 ? 'afrundingsforskel' : 'afrundingsforskelle'} (de viste tal er afrundede):`, ...rounding.map(line));
  });
  if (report.warnings.length > 0) {
    lines.push('Bemærk:');
    for (const w of report.warnings) lines.push(`  ${w}`);
  }
  return lines.join('\n');
}

/** Singular and plural. */
const ROLE_NAMES: Record<string, [string, string]> = {
  input: ['post', 'poster'], section: ['afsnit', 'afsnit'], subtotal: ['subtotal', 'subtotaler'], total: ['total', 'totaler'],
  result: ['resultatrække', 'resultatrækker'], keyFigure: ['angivet nøgletal', 'angivne nøgletal'],
};

function shown(kroner: string, unit: Unit): string {
  if (!/^-?\d+(\.\d+)?$/.test(kroner)) return kroner;
  return formatDanish(kronerToUnit(new Decimal(kroner), unit), { decimals: 3 }).replace(/,?0+$/, '');
}
