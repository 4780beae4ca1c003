/**
 * The recalculated case as a person reads it: the table in the case's unit with Danish numbers
 * (the same display rules as the editor), then the key figures, discrepancies and cell errors.
 */
import { Engine } from '../../shared/engine/engine';
import { keyFigures, type FigureId } from '../../shared/figures/key-figures';
import { isArithmetic, isKeyFigureDiscrepancy, statedDiscrepancies } from '../../shared/figures/stated';
import { formatCellValue } from '../../shared/model/cell-display';
import type { Case } from '../../shared/model/case';
import { periodLabels } from '../../shared/model/period';
import { allRows } from '../../shared/model/rows';
import { formatDanish } from '../../shared/money/danish';
import { Decimal } from '../../shared/money/decimal';
import { kronerToUnit, unitLabel } from '../../shared/money/units';
import { FormulaError } from '../../shared/formula/errors';

export function formatRecalcReport(c: Case): string {
  const engine = Engine.create(c);
  const periods = periodLabels(c.axis);
  const header = [`Beløb i ${unitLabel(c.unit)}${c.priceLevel ? `, ${c.priceLevel}` : ''}`, ...periods, 'I alt'];
  const lines = allRows(c)
    .filter((r) => r.kind !== 'note')
    .map((row) => [
      row.label,
      ...periods.map((_, p) => (row.scope === 'constant' && p > 0 ? '' : formatCellValue(engine.value(row.id, p), row, c))),
      row.scope === 'constant' ? '' : formatCellValue(engine.total(row.id), row, c),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  const k = keyFigures(c, engine);
  const money = (v: Decimal | null) => (v === null ? '-' : formatDanish(kronerToUnit(v, c.unit), { decimals: c.decimals }));
  // A figure an error keeps from being known says so: "-" would claim "never".
  const shown = (id: FigureId, text: string) => (k.unknown[id] === undefined ? text : `fejl i ${periods[k.unknown[id]]}`);
  const out = [
    c.meta.title,
    '',
    fmt(header),
    ...lines.map(fmt),
    '',
    `Nøgletal (beløb i ${unitLabel(c.unit)})`,
    `  Tilbagebetalingstid, totaløkonomi:           ${shown('paybackTotal', String(k.paybackTotal ?? '-'))}`,
    `  Tilbagebetalingstid, serviceeffektivisering: ${shown('paybackService', String(k.paybackService ?? '-'))}`,
    `  Break-even år:                               ${shown('breakEven', k.breakEvenLabel ?? '-')}`,
    `  Nettoresultat over perioden:                 ${shown('netTotal', money(k.netTotal))}`,
    `  Nettoresultat over 7 år:                     ${shown('net7', money(k.net7))}`,
    `  Nettoresultat over 10 år:                    ${shown('net10', money(k.net10))}`,
    `  Nutidsværdi ved ${formatDanish(k.discountRate.times(100), { decimals: 1 })} %:                ${shown('npv', money(k.npv))}`,
    `  Fortegn: ${c.result.convention === 'gainPositive' ? 'gevinst positiv' : 'udgift positiv (et negativt resultat er en gevinst)'}`,
  ];
  for (const p of k.problems) out.push(`  Bemærk: ${p}`);
  const discrepancies = statedDiscrepancies(c, engine);
  if (discrepancies.length) {
    out.push('', 'Afvigelser fra angivne tal');
    const shown = (v: string) => (v === '' || v.startsWith('#') ? v : money(new Decimal(v)));
    for (const d of discrepancies) {
      // A stated key figure is years ("3 år", "-"), not an amount.
      const line = isKeyFigureDiscrepancy(d) ? `${d.row}: angivet ${yearsShown(d.stated)}, beregnet ${yearsShown(d.computed)}` : `${d.row}, ${d.column}: angivet ${shown(d.stated)}, beregnet ${shown(d.computed)}`;
      out.push(`  ${line}${isArithmetic(d) ? '' : ' (afrunding)'}`);
    }
  }
  const errors = allRows(c).flatMap((row) =>
    periods.flatMap((label, p) => {
      const v = engine.value(row.id, p);
      return v instanceof FormulaError && (row.scope === 'period' || p === 0) ? [`  ${row.label}, ${label}: ${v.code} ${v.reason}`] : [];
    }),
  );
  if (errors.length) out.push('', 'Fejl i celler', ...errors);
  return out.join('\n');
}

/** A payback time as a note states it: "3 år", or "-" when not within the horizon (or an error code). */
export function yearsShown(v: string): string {
  return /^\d+$/.test(v) ? `${v} år` : v;
}
