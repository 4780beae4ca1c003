/**
 * The note's tables as data: the economy table as page 1 of the xlsx note has it, and the case's
 * table views as the xlsx "Tabeller" sheet lays them out (the same row selection and order, from
 * the export's layout), every figure already formatted the Danish way, each with the paper
 * orientation it needs.
 */
import type { Engine } from '../engine/engine';
import { FormulaError } from '../formula/errors';
import type { Case, RowKind } from '../model/case';
import { formatCellValue } from '../model/cell-display';
import { periodLabel } from '../model/period';
import { formatDanish } from '../money/danish';
import { Decimal } from '../money/decimal';
import { kronerToUnit } from '../money/units';
import { tableCornerText } from '../xlsx/export/budget-sheet';
import { layoutBlock } from '../xlsx/export/layout';
import { CLASS_HEADER, layoutViews } from '../xlsx/export/views-sheet';
import { totalWords } from '../model/total-word';

export type NoteLine =
  | { kind: 'section'; label: string }
  | { kind: 'row'; rowKind: RowKind; label: string; cells: string[] };

export interface NoteColumn {
  label: string;
  align: 'left' | 'right';
}

export interface NoteTable {
  title: string;
  /** The corner heading: "Beløb i 1.000 kr., 2022 p/l". */
  unitHeading: string;
  /** The columns after the label column: classifications, periods, total. */
  columns: NoteColumn[];
  lines: NoteLine[];
  /** A table wider than a portrait A4 holds at 9 pt prints on a landscape page. */
  orientation: 'portrait' | 'landscape';
}

/** More amount columns than this and the table needs the long side of the paper. */
export const PORTRAIT_MAX_COLUMNS = 7;

const orientation = (amountColumns: number): NoteTable['orientation'] => (amountColumns > PORTRAIT_MAX_COLUMNS ? 'landscape' : 'portrait');

/** The economy table as page 1 of the xlsx note has it: the period rows that are not drivers, under their sections, with the case's total word (as the xlsx note heads it). */
export function economyTable(c: Case, engine: Engine): NoteTable {
  const P = c.axis.count;
  const lines: NoteLine[] = [];
  for (const s of layoutBlock(c, 'table', 0).sections) {
    lines.push({ kind: 'section', label: s.section.label });
    for (const { row } of s.rows) {
      const cells = row.kind === 'note' ? [] : [...Array.from({ length: P }, (_, p) => formatCellValue(engine.value(row.id, p), row, c)), formatCellValue(engine.total(row.id), row, c)];
      lines.push({ kind: 'row', rowKind: row.kind, label: row.label, cells });
    }
  }
  const columns: NoteColumn[] = [...Array.from({ length: P }, (_, p) => ({ label: periodLabel(c.axis, p), align: 'right' as const })), { label: totalWords(c).period, align: 'right' }];
  return { title: 'Økonomi', unitHeading: tableCornerText(c), columns, lines, orientation: orientation(P + 1) };
}

/** The views as the xlsx "Tabeller" sheet lays them out: their rows, labels, classifications, periods and total. */
export function viewTables(c: Case, engine: Engine): NoteTable[] {
  return layoutViews(c).map((block) => {
    const { view } = block;
    const unit = view.unit ?? c.unit;
    const periods = Array.from({ length: view.toPeriod - view.fromPeriod + 1 }, (_, i) => view.fromPeriod + i);
    const hasTotal = block.totalColumn !== null;
    const columns: NoteColumn[] = [
      ...view.classificationColumns.map((k) => ({ label: CLASS_HEADER[k], align: 'left' as const })),
      ...periods.map((p) => ({ label: periodLabel(c.axis, p, view.periodLabels), align: 'right' as const })),
      ...(hasTotal ? [{ label: view.totalLabel.trim(), align: 'right' as const }] : []),
    ];
    const shown = (row: Parameters<typeof formatCellValue>[1], v: ReturnType<Engine['value']>) =>
      row.kind !== 'driver' && v instanceof Decimal ? formatDanish(kronerToUnit(v, unit), { decimals: c.decimals }) : formatCellValue(v, row, c);
    const lines: NoteLine[] = block.lines.map((l) => {
      if ('section' in l) return { kind: 'section', label: l.section };
      const { row } = l;
      if (row.kind === 'note') return { kind: 'row', rowKind: row.kind, label: l.label, cells: [] };
      const amounts = periods.map((p) => shown(row, engine.value(row.id, p)));
      // A total of years means something for amounts by year, not for prices, counts or one constant (as on "Tabeller").
      const total = !hasTotal ? [] : row.kind === 'driver' || row.scope === 'constant' ? [''] : [shown(row, sumOf(periods.map((p) => engine.value(row.id, p))))];
      return { kind: 'row', rowKind: row.kind, label: l.label, cells: [...view.classificationColumns.map((k) => row.classification[k] ?? ''), ...amounts, ...total] };
    });
    return { title: view.title, unitHeading: tableCornerText(c, unit), columns, lines, orientation: orientation(periods.length + (hasTotal ? 1 : 0) + view.classificationColumns.length) };
  });
}

function sumOf(values: Array<ReturnType<Engine['value']>>): ReturnType<Engine['value']> {
  let sum = new Decimal(0);
  for (const v of values) {
    if (v instanceof Decimal) sum = sum.plus(v);
    else if (v instanceof FormulaError) return v;
  }
  return sum;
}
