/**
 * The committee note as data: what page 1 of the xlsx note shows (title, summary, details, the
 * economy table, key figures, the chart, the stated-figure deviations) and the case's table views
 * as further pages, every figure already formatted the Danish way. The print preview renders it,
 * the Word clipboard copies its tables; neither decides again which rows go where or how a figure
 * reads. The note is Danish whatever the editor's language, as the xlsx note is.
 *
 * @example const note = noteContent(Engine.create(templateCase('aarhus-ips-2022')!))
 */
import { caseChartOption, DANISH_CHART_TEXTS, hasChartData } from '../chart/case-chart';
import { chartSvg } from '../chart/chart-svg';
import type { Engine } from '../engine/engine';
import { keyFigures, type FigureId, type KeyFigures } from '../figures/key-figures';
import { statedDiscrepancies } from '../figures/stated';
import type { Case } from '../model/case';
import { periodLabel } from '../model/period';
import { formatDanish } from '../money/danish';
import { Decimal } from '../money/decimal';
import { kronerToUnit, unitLabel } from '../money/units';
import { metaLines } from '../xlsx/export/budget-sheet';
import { economyTable, viewTables, type NoteTable } from './note-tables';
import { totalWords } from '../model/total-word';

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

/** The chart's drawing size in CSS pixels: the width of a portrait A4's text area. */
/** CSS pixels on the printed page; 12 px is 9 pt, the smallest chart text a committee reads. */
const CHART = { width: 680, height: 300, fontSize: 12 };

export function noteContent(c: Case, engine: Engine): NoteContent {
  const k = keyFigures(c, engine);
  return {
    title: c.meta.title.trim() || 'Budgetnotat',
    summary: c.meta.summary.trim(),
    details: metaLines(c),
    economy: economyTable(c, engine),
    figuresUnit: `Beløb i ${unitLabel(c.unit)}`,
    figures: noteFigures(c, k),
    problems: k.problems,
    // An empty case has nothing to draw: an axis of zeros would only look like a result.
    chartSvg: hasChartData(k) ? chartSvg(caseChartOption(c, k, DANISH_CHART_TEXTS, CHART.fontSize), CHART.width, CHART.height) : null,
    deviations: statedDiscrepancies(c, engine, totalWords(c).period).map((d) => ({
      row: d.row,
      column: d.column,
      kind: d.kind === 'rounding' ? 'afrunding' : 'regnefejl',
      stated: money(c, new Decimal(d.stated)),
      computed: d.computed === '' || d.computed.startsWith('#') ? d.computed : money(c, new Decimal(d.computed)),
    })),
    views: viewTables(c, engine),
  };
}

const money = (c: Case, kroner: Decimal) => formatDanish(kronerToUnit(kroner, c.unit), { decimals: c.decimals });

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
