/**
 * The full case inside an exported workbook, so that importing our own export gives back exactly
 * the case that was exported (ids, formulas, classifications, stated figures, views). It is the
 * `.budgetnotat` file text without its indentation (a third of the size, which the export's time
 * follows), in a very hidden sheet that Excel's menus do not list:
 *
 *   A1  the marker "budgetnotat-case"      B1  the number of chunks
 *   A2… the file text in chunks of at most 30 000 characters (a cell holds 32 767)
 *
 * Every character outside printable ASCII is written as a JSON \u escape, which loads back to the
 * same text and keeps the cells free of characters that XML or a spreadsheet program could alter.
 */
import type ExcelJS from 'exceljs';
import { loadCaseFile } from '../file/load';
import { serializeCase } from '../file/save';
import type { Case } from '../model/case';

export const EMBEDDED_SHEET_NAME = 'Budgetnotat-sag';
const MARKER = 'budgetnotat-case';
const CHUNK = 30_000;

/** Outside printable ASCII; the file's own line breaks are whitespace between JSON tokens. */
const NOT_PRINTABLE = /[^\x20-\x7e\n]/g;

/** @example embedCase(workbook, c) // adds the very hidden sheet "Budgetnotat-sag" */
export function embedCase(workbook: ExcelJS.Workbook, c: Case): void {
  const text = serializeCase(c, 'compact').replace(NOT_PRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const ws = workbook.addWorksheet(EMBEDDED_SHEET_NAME, { state: 'veryHidden' });
  const count = Math.ceil(text.length / CHUNK);
  ws.getCell(1, 1).value = MARKER;
  ws.getCell(1, 2).value = count;
  for (let i = 0; i < count; i++) ws.getCell(i + 2, 1).value = text.slice(i * CHUNK, (i + 1) * CHUNK);
}

/**
 * The embedded case of a workbook: null when the workbook has none (not our export), otherwise
 * the case or one Danish sentence saying why it cannot be read.
 */
export function readEmbeddedCase(workbook: ExcelJS.Workbook): { ok: true; case: Case } | { ok: false; error: string } | null {
  const ws = workbook.getWorksheet(EMBEDDED_SHEET_NAME);
  if (!ws) return null;
  const broken = (why: string) => ({ ok: false as const, error: `Den indlejrede sag i arket "${EMBEDDED_SHEET_NAME}" kan ikke læses: ${why}.` });
  if (ws.getCell(1, 1).value !== MARKER) return broken('arket mangler sin markering');
  const count = ws.getCell(1, 2).value;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return broken('antallet af dele mangler');
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const part = ws.getCell(i + 2, 1).value;
    if (typeof part !== 'string') return broken(`del ${i + 1} af ${count} mangler`);
    parts.push(part);
  }
  const loaded = loadCaseFile(parts.join(''));
  return loaded.ok ? { ok: true, case: loaded.case } : broken(loaded.error.replace(/\.$/, ''));
}
