/** The recalculated case as a person reads it: the table in the case's unit, Danish numbers, key figures. */
import type { Unit } from '../../shared/money/units';
import { formatDanish } from '../../shared/money/danish';
import { Decimal } from '../../shared/money/decimal';
import { kronerToUnit, unitLabel } from '../../shared/money/units';
import type { RecalcReport } from './recalc-report';

export function formatRecalcReport(r: RecalcReport): string {
  const unit = r.unit as Unit;
  const shown = (v: string | boolean | null | undefined, money: boolean): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'boolean') return v ? 'SAND' : 'FALSK';
    if (v.startsWith('#')) return v;
    const d = new Decimal(v);
    return money ? formatDanish(kronerToUnit(d, unit), { decimals: r.decimals }) : formatDanish(d, { decimals: d.decimalPlaces() });
  };
  const header = [`Beløb i ${unitLabel(unit)}${r.priceLevel ? `, ${r.priceLevel}` : ''}`, ...r.periods, 'I alt'];
  const lines = r.rows.map((row) => {
    const money = row.kind !== 'driver' && row.kind !== 'note';
    return [row.label, ...r.periods.map((p) => shown(row.values[p], money)), shown(row.total, money)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const k = r.keyFigures;
  const money = (v: string | null) => (v === null ? '-' : `${formatDanish(kronerToUnit(new Decimal(v), unit), { decimals: r.decimals })} ${unitLabel(unit)}`);
  const out = [
    r.title,
    '',
    fmt(header),
    ...lines.map(fmt),
    '',
    'Nøgletal',
    `  Tilbagebetalingstid, totaløkonomi:           ${k.paybackTotal ?? '-'}`,
    `  Tilbagebetalingstid, serviceeffektivisering: ${k.paybackService ?? '-'}`,
    `  Break-even år:                               ${k.breakEvenYear ?? '-'}`,
    `  Nettoresultat over perioden:                 ${money(k.netTotal)}`,
    `  Nettoresultat over 7 år:                     ${money(k.net7)}`,
    `  Nettoresultat over 10 år:                    ${money(k.net10)}`,
    `  Nutidsværdi (${formatDanish(new Decimal(k.discountRate).times(100), { decimals: 1 })} %):                  ${money(k.npv)}`,
    `  Fortegn: ${k.convention === 'gainPositive' ? 'gevinst positiv' : 'udgift positiv (negativt resultat er en gevinst)'}`,
  ];
  for (const p of k.problems) out.push(`  Bemærk: ${p}`);
  if (r.discrepancies.length) {
    out.push('', 'Afvigelser fra angivne tal');
    for (const d of r.discrepancies) out.push(`  ${d.row}, ${d.column}: angivet ${shown(d.stated, true)}, beregnet ${shown(d.computed, true)}`);
  }
  if (r.errors.length) {
    out.push('', 'Fejl i celler');
    for (const e of r.errors) out.push(`  ${e.row}, ${e.period}: ${e.code} ${e.reason}`);
  }
  return out.join('\n');
}
