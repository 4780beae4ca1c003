/** The readable import report: every table, every stated figure checked, every discrepancy. */
import { Decimal } from '../../shared/money/decimal';
import { formatDanish } from '../../shared/money/danish';
import { kronerToUnit, unitLabel, type Unit } from '../../shared/money/units';
import { isArithmetic } from '../../shared/figures/stated';
import type { ImportReport } from './import-command';

export function formatCheckReport(report: ImportReport): string {
  const lines: string[] = [];
  if (report.tables.length === 0) lines.push('Ingen budgettabel fundet.');
  report.tables.forEach((t, i) => {
    const periods = t.periods.length > 0 ? `${t.periods[0]}–${t.periods.at(-1)}` : '';
    lines.push(`Tabel ${i + 1}: ${t.title} (ark "${t.sheet}"), ${unitLabel(t.unit)}${t.priceLevel ? `, ${t.priceLevel}` : ''}, ${periods}`);
    const counts = new Map<string, number>();
    for (const r of t.rows) counts.set(r.role, (counts.get(r.role) ?? 0) + 1);
    lines.push(`  ${[...counts].map(([role, n]) => `${n} ${ROLE_NAMES[role] ?? role}`).join(', ')}`);
    const own = report.discrepancies.filter((d) => d.table === t.title);
    const errors = own.filter(isArithmetic);
    const rounding = own.filter((d) => !isArithmetic(d));
    const checked = report.checked[i] ?? 0;
    lines.push(`  ${checked} angivne tal kontrolleret, ${errors.length === 0 ? (rounding.length === 0 ? 'alle stemmer' : 'alle stemmer inden for afrunding') : `${errors.length} stemmer ikke:`}`);
    const line = (d: (typeof own)[number]) => `    ${d.row}, ${d.column}: angivet ${shown(d.stated, t.unit)}, beregnet ${shown(d.computed, t.unit)}`;
    lines.push(...errors.map(line));
    if (rounding.length > 0) lines.push(`  ${rounding.length} ${rounding.length === 1 ? 'afrundingsforskel' : 'afrundingsforskelle'} (de viste tal er afrundede):`, ...rounding.map(line));
  });
  if (report.warnings.length > 0) {
    lines.push('Bemærk:');
    for (const w of report.warnings) lines.push(`  ${w}`);
  }
  return lines.join('\n');
}

const ROLE_NAMES: Record<string, string> = {
  input: 'poster', section: 'afsnit', subtotal: 'subtotaler', total: 'totaler', result: 'resultatrækker',
};

function shown(kroner: string, unit: Unit): string {
  if (!/^-?\d+(\.\d+)?$/.test(kroner)) return kroner;
  return formatDanish(kronerToUnit(new Decimal(kroner), unit), { decimals: 3 }).replace(/,?0+$/, '');
}
