/**
 * The committee note as data: what page 1 of the xlsx note shows (title, summary, details, the
 * economy table, key figures, the chart, the stated-figure deviations) and the case's table views
 * as further pages, every figure already formatted the Danish way. The print preview renders it,
 * the Word clipboard copies its tables; neither decides again which rows go where or how a figure
 * reads. The note is Danish whatever the editor's language, as the xlsx note is.
 *
 * @example const note = noteContent(Engine.create(templateCase('aarhus-ips-2022')!))
 */
import { caseChartSvg } from '../chart/case-chart';
import type { Engine } from '../engine/engine';
import { FormulaError } from '../formula/errors';
import { keyFigures, type FigureId, type KeyFigures } from '../figures/key-figures';
import { statedDiscrepancies } from '../figures/stated';
import type { Case, RowKind } from '../model/case';
import { formatCellValue } from '../model/cell-display';
import { periodLabel } from '../model/period';
import { formatDanish } from '../money/danish';
import { Decimal } from '../money/decimal';
import { kronerToUnit, unitLabel, type Unit } from '../money/units';
import { danishDate, tableCornerText } from '../xlsx/export/budget-sheet';
import { layoutBlock } from '../xlsx/export/layout';
import { layoutViews } from '../xlsx/export/views-sheet';

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

export interface NoteFigure {
  id: FigureId;
  label: string;
  value: string;
}

export interface NoteDeviation {
  row: string;
  column: string;
  kind: 'afrunding' | 'regnefejl';
  stated: string;
  computed: string;
}

export interface NoteContent {
  title: string;
  summary: string;
  details: Array<[string, string]>;
  economy: NoteTable;
  /** "Beløb i 1.000 kr." for the money figures. */
  figuresUnit: string;
  figures: NoteFigure[];
  /** Why figures could not be computed (no result row, an error in it). */
  problems: string[];
  /** The result chart as SVG text, or null when the case has nothing to draw. */
  chartSvg: string | null;
  deviations: NoteDeviation[];
  views: NoteTable[];
}

/** The note's own headings, Danish like the rest of it. */
export const NOTE_WORDS = {
  figures: 'Nøgletal',
  deviations: 'Afvigelser fra kildens tal',
  row: 'Række',
  column: 'Kolonne',
  kind: 'Art',
  stated: 'Angivet',
  computed: 'Beregnet',
  chart: 'Resultat og akkumuleret resultat',
} as const;

/** The economy table's period total, as page 1 of the xlsx note heads it. */
const TOTAL_LABEL = 'Samlet';

/** More amount columns than this and the table needs the long side of the paper. */
export const PORTRAIT_MAX_COLUMNS = 7;

/** The chart's drawing size in CSS pixels: the width of a portrait A4's text area. */
const CHART = { width: 680, height: 300 };
const CHART_TEXTS = { yearly: 'Resultat pr. år', cumulative: 'Akkumuleret', breakEven: 'Break-even', error: 'Fejl i året', empty: 'Ingen resultater' };

export function noteContent(engine: Engine): NoteContent {
  const c = engine.currentCase;
  const k = keyFigures(engine);
  return {
    title: c.meta.title.trim() || 'Budgetnotat',
    summary: c.meta.summary.trim(),
    details: noteDetails(c),
    economy: economyTable(engine),
    figuresUnit: `Beløb i ${unitLabel(c.unit)}`,
    figures: noteFigures(c, k),
    problems: k.problems,
    // An empty case has nothing to draw: an axis of zeros would only look like a result.
    chartSvg: k.result.some((v) => v !== null && !v.isZero()) || k.errors.length > 0 ? caseChartSvg(c, k, CHART_TEXTS, CHART.width, CHART.height) : null,
    deviations: statedDiscrepancies(engine, TOTAL_LABEL).map((d) => ({
      row: d.row,
      column: d.column,
      kind: d.kind === 'rounding' ? 'afrunding' : 'regnefejl',
      stated: money(c, new Decimal(d.stated)),
      computed: d.computed === '' || d.computed.startsWith('#') ? d.computed : money(c, new Decimal(d.computed)),
    })),
    views: viewTables(engine),
  };
}

function noteDetails(c: Case): Array<[string, string]> {
  const details: Array<[string, string]> = [
    ['Forvaltning', c.meta.administration],
    ['Udvalg', c.meta.committee],
    ['Sagsnr.', c.meta.caseNumber],
    ['Dato', danishDate(c.meta.date)],
    ['Udarbejdet af', c.meta.author],
  ];
  return details.filter(([, v]) => v.trim() !== '');
}

const money = (c: Case, kroner: Decimal, unit: Unit = c.unit) => formatDanish(kronerToUnit(kroner, unit), { decimals: c.decimals });

const orientation = (amountColumns: number): NoteTable['orientation'] => (amountColumns > PORTRAIT_MAX_COLUMNS ? 'landscape' : 'portrait');

/** The economy table as page 1 of the xlsx note has it: the period rows that are not drivers, under their sections, with Samlet. */
function economyTable(engine: Engine): NoteTable {
  const c = engine.currentCase;
  const P = c.axis.count;
  const lines: NoteLine[] = [];
  for (const s of layoutBlock(c, 'table', 0).sections) {
    lines.push({ kind: 'section', label: s.section.label });
    for (const { row } of s.rows) {
      const cells = row.kind === 'note' ? [] : [...Array.from({ length: P }, (_, p) => formatCellValue(engine.value(row.id, p), row, c)), formatCellValue(engine.total(row.id), row, c)];
      lines.push({ kind: 'row', rowKind: row.kind, label: row.label, cells });
    }
  }
  const columns: NoteColumn[] = [...Array.from({ length: P }, (_, p) => ({ label: periodLabel(c.axis, p), align: 'right' as const })), { label: TOTAL_LABEL, align: 'right' }];
  return { title: 'Økonomi', unitHeading: tableCornerText(c), columns, lines, orientation: orientation(P + 1) };
}

/** The views as the xlsx "Tabeller" sheet lays them out: their rows, labels, classifications, periods and total. */
function viewTables(engine: Engine): NoteTable[] {
  const c = engine.currentCase;
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
      row.kind !== 'driver' && v instanceof Decimal ? money(c, v, unit) : formatCellValue(v, row, c);
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

const CLASS_HEADER = { styringsomraade: 'Styringsområde', udvalg: 'Udvalg', bevilling: 'Bevilling', iu: 'I/U' } as const;

function sumOf(values: Array<ReturnType<Engine['value']>>): ReturnType<Engine['value']> {
  let sum = new Decimal(0);
  for (const v of values) {
    if (v instanceof Decimal) sum = sum.plus(v);
    else if (v instanceof FormulaError) return v;
  }
  return sum;
}

/** The key figures as the side panel and the xlsx note list them, in Danish. */
function noteFigures(c: Case, k: KeyFigures): NoteFigure[] {
  const never = '-';
  const known = (id: FigureId, value: string) => (k.unknown[id] === undefined ? value : `fejl i ${periodLabel(c.axis, k.unknown[id])}`);
  const amount = (v: Decimal | null) => (v === null ? never : money(c, v));
  const years = (v: number | null) => (v === null ? never : `${v} år`);
  const rate = formatDanish(k.discountRate.times(100), { decimals: 1 });
  const figures: Array<[FigureId, string, string]> = [
    ['paybackTotal', 'Tilbagebetalingstid, totaløkonomi', years(k.paybackTotal)],
    ['paybackService', 'Tilbagebetalingstid, serviceeffektivisering', years(k.paybackService)],
    ['breakEven', 'Break-even år', k.breakEvenYear === null ? never : String(k.breakEvenYear)],
    ['netTotal', 'Nettoresultat over hele perioden', amount(k.netTotal)],
    ['net7', 'Nettoresultat over 7 år', amount(k.net7)],
    ['net10', 'Nettoresultat over 10 år', amount(k.net10)],
    ['npv', `Nutidsværdi (NPV, ${rate} %)`, amount(k.npv)],
  ];
  return figures.map(([id, label, value]) => ({ id, label, value: known(id, value) }));
}
