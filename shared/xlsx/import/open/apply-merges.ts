/**
 * Merged ranges, applied after ExcelJS has loaded a sheet. ExcelJS's own mergeCells checks a new
 * range against every merge made before it: 50 000 merges (poi-57893-many-merges) took more
 * than a minute. Here each range is merged against an empty list and the lists joined, which
 * is linear; openWorkbook has already capped the total merged area.
 */
import type ExcelJS from 'exceljs';

/** ExcelJS keeps a sheet's merges in this field (4.4.0); its type file does not declare it. */
type WithMergeList = { _merges: Record<string, unknown> };

export function applyMerges(worksheet: ExcelJS.Worksheet, ranges: readonly string[]): void {
  if (ranges.length === 0) return;
  const sheet = worksheet as unknown as WithMergeList;
  const all: Record<string, unknown> = { ...sheet._merges };
  for (const range of ranges) {
    sheet._merges = {};
    worksheet.mergeCellsWithoutStyle(range);
    Object.assign(all, sheet._merges);
  }
  sheet._merges = all;
}
