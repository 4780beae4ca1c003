/**
 * The sheet "Budgetnotat": the note's heading (title, summary, forvaltning, udvalg, sagsnr.,
 * date) and the economy table in the municipalities' layout: "Beløb i <unit>, <price level>" in
 * the corner, one column per year and the total (the case's word for it, see total-word.ts); section headers, subtotals and the result in bold,
 * a rule above the result. Key figures, chart and print setup are added by their own modules.
 */
import type ExcelJS from 'exceljs';
import type { Case } from '../../model/case';
import { periodLabel } from '../../model/period';
import { totalWords } from '../../model/total-word';
import { unitLabel, type Unit } from '../../money/units';
import { cellText, formulaCell } from './cell-values';
import { periodColumn, SHEET, type Block } from './layout';
import { columnLetter } from '../column-letters';
import { moneyFormat } from './number-formats';
import { fitWrappedLabels, labelColumnWidth } from './page-fit';
import { writePeriodCells, type ExportContext } from './row-cells';
import { headerCell, rowStyle, sectionCell, styleRow, titleFont } from './styles';

/** Danish date as notes print it: 2022-11-08 -> 08.11.2022. */
export function danishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** The note's details under its title, as "Budgetnotat" and the printed note show them; empty ones left out. */
export function metaLines(c: Case): Array<[string, string]> {
  const lines: Array<[string, string]> = [
    ['Forvaltning', c.meta.administration],
    ['Udvalg', c.meta.committee],
    ['Sagsnr.', c.meta.caseNumber],
    ['Dato', danishDate(c.meta.date)],
    ['Udarbejdet af', c.meta.author],
  ];
  return lines.filter(([, v]) => v.trim() !== '');
}

/** The worksheet row of the table's header, after the note's heading and one blank row. */
export function tableHeaderRow(c: Case): number {
  return 1 + (c.meta.summary.trim() ? 1 : 0) + metaLines(c).length + 2;
}

export function lastTableColumn(c: Case): number {
  return periodColumn(c.axis.count - 1) + 1;
}

/** "Beløb i 1.000 kr., 2017 p/l": the table's unit (a view may have its own) and the case's price level. */
export function tableCornerText(c: Case, unit: Unit = c.unit): string {
  return `Beløb i ${unitLabel(unit)}${c.priceLevel.trim() ? `, ${c.priceLevel.trim()}` : ''}`;
}

/** The period header as the table shows it: calendar years as numbers, "År n" as text. */
export function periodHeaderValue(c: Case, p: number): string | number {
  const label = periodLabel(c.axis, p);
  return /^\d+$/.test(label) ? Number(label) : label;
}

export function writeBudgetHeading(ws: ExcelJS.Worksheet, c: Case): void {
  const last = lastTableColumn(c);
  const title = ws.getCell(1, 1);
  title.value = cellText(c.meta.title.trim() || 'Budgetnotat');
  title.font = titleFont(16);
  let at = 2;
  if (c.meta.summary.trim()) {
    ws.mergeCells(at, 1, at, last);
    const summary = ws.getCell(at, 1);
    summary.value = cellText(c.meta.summary);
    summary.alignment = { wrapText: true, vertical: 'top' };
    summary.font = { name: 'Arial' };
    // Roughly how many lines the text wraps to across the merged width, so nothing is cut on paper.
    const width = 45 + (last - 1) * 12;
    ws.getRow(at).height = Math.max(1, Math.ceil(c.meta.summary.length / width) + (c.meta.summary.match(/\n/g)?.length ?? 0)) * 13;
    at += 1;
  }
  for (const [label, value] of metaLines(c)) {
    const l = ws.getCell(at, 1);
    l.value = label;
    l.font = { name: 'Arial', bold: true };
    ws.mergeCells(at, 2, at, last);
    const v = ws.getCell(at, 2);
    v.value = cellText(value);
    v.font = { name: 'Arial' };
    at += 1;
  }
}

// Shared by every label of their kind (see shared-styles).
const LINE_ITEM_LABEL: Partial<ExcelJS.Alignment> = Object.freeze({ indent: 1, wrapText: true });
const TOTAL_LABEL: Partial<ExcelJS.Alignment> = Object.freeze({ indent: 0, wrapText: true });

export function writeEconomyTable(ws: ExcelJS.Worksheet, ctx: ExportContext, table: Block): void {
  const { c, engine } = ctx;
  const last = lastTableColumn(c);
  const money = moneyFormat(c.unit, c.decimals);
  const header = ws.getRow(table.headerRow);
  header.getCell(1).value = tableCornerText(c);
  for (let p = 0; p < c.axis.count; p++) header.getCell(periodColumn(p)).value = periodHeaderValue(c, p);
  header.getCell(last).value = cellText(totalWords(c).period);
  styleRow(ws, table.headerRow, last, headerCell);
  for (const s of table.sections) {
    ws.getCell(s.headerRow, 1).value = cellText(s.section.label);
    styleRow(ws, s.headerRow, last, sectionCell);
    for (const { row, at } of s.rows) {
      styleRow(ws, at, last, rowStyle(row.kind));
      const wsRow = ws.getRow(at);
      const label = wsRow.getCell(1);
      label.value = cellText(row.label);
      label.alignment = row.kind === 'input' || row.kind === 'formula' ? LINE_ITEM_LABEL : TOTAL_LABEL;
      if (row.kind === 'note') continue;
      writePeriodCells(ctx, ws, row, at, SHEET.budget, money);
      const total = wsRow.getCell(last);
      total.value = formulaCell(`SUM(${columnLetter(periodColumn(0))}${at}:${columnLetter(periodColumn(c.axis.count - 1))}${at})`, engine.total(row.id));
      total.numFmt = money;
    }
  }
}

/** Column widths that fit the amounts and the labels (see labelColumnWidth); a label that still wraps gets the rows' height. */
export function setTableColumns(ws: ExcelJS.Worksheet, c: Case, table: Block): void {
  const last = lastTableColumn(c);
  for (let col = 2; col <= last; col++) ws.getColumn(col).width = c.unit === 'kr' ? 14 : 11;
  const rows = table.sections.flatMap((s) => s.rows);
  // Section headers are not counted: they run on into the empty cells of their row.
  ws.getColumn(1).width = labelColumnWidth(ws, last, [tableCornerText(c), ...rows.map((r) => r.row.label)]);
  fitWrappedLabels(ws, rows.map((r) => r.at));
}
