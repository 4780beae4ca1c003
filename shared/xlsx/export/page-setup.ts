/**
 * Print setup for a committee's agenda: A4 landscape, fitted to one page wide (as many pages
 * tall as it takes), the table header repeated on each page, and a header and footer with the
 * note's title, its date and the page numbers. Left-aligned, as a note's text is: a narrow sheet
 * centred on the page printed its title indented.
 */
import type ExcelJS from 'exceljs';
import type { Case } from '../../model/case';
import { columnLetter } from '../column-letters';
import { danishDate } from './budget-sheet';

/** `&` starts a code in Excel's header and footer text; a literal one is written twice. */
function headerText(text: string): string {
  return text.replace(/&/g, '&&').replace(/[\r\n]+/g, ' ');
}

export function setupPrinting(ws: ExcelJS.Worksheet, c: Case, area: { lastRow?: number; lastColumn?: number; titleRow?: number }): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  if (area.lastRow !== undefined && area.lastColumn !== undefined) ws.pageSetup.printArea = `A1:${columnLetter(area.lastColumn)}${area.lastRow}`;
  if (area.titleRow !== undefined) ws.pageSetup.printTitlesRow = `${area.titleRow}:${area.titleRow}`;
  const title = headerText(c.meta.title.trim() || 'Budgetnotat');
  const date = c.meta.date ? headerText(danishDate(c.meta.date)) : '&D';
  ws.headerFooter = {
    oddHeader: `&L&"Arial,Bold"${title}&R&"Arial,Regular"${date}`,
    oddFooter: `&L&"Arial,Regular"${headerText(ws.name)}&R&"Arial,Regular"Side &P af &N`,
  };
}
