/** The readable import report: every table, every stated figure checked, every discrepancy. */
import { Decimal } from '../../shared/money/decimal';
import { formatDanish } from '../../shared/money/danish';
import { kronerToUnit, unitLabel, type Unit } from '../../shared/money/units';
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
    const checked = report.checked[i] ?? 0;
    lines.push(`  ${checked} angivne tal kontrolleret, ${own.length === 0 ? 'alle stemmer' : `${own.length} stemmer ikke:`}`);
    for (const d of own) lines.push(`    ${d.row}, ${d.column}: angivet ${shown(d.stated, t.unit)}, beregnet ${shown(d.computed, t.unit)}`);
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
