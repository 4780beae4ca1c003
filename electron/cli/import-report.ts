/** What `import --json` prints and `check` reads: every table found, every discrepancy, every warning. */
import type { ImportSession, TableSummary } from '../../shared/xlsx/import/import-session';

export interface ImportReport {
  tables: Array<Omit<TableSummary, 'index' | 'headerRow' | 'labelCol' | 'firstRow' | 'lastRow' | 'firstCol' | 'lastCol' | 'discrepancies' | 'warnings' | 'checkedFigures'>>;
  discrepancies: TableSummary['discrepancies'];
  warnings: string[];
  /** Per table, how many stated figures were checked (for the readable report; not in --json). */
  checked: number[];
}

export function importReport(session: ImportSession): ImportReport {
  const tables = session.summaries();
  return {
    tables: tables.map((t) => ({
      sheet: t.sheet, title: t.title, unit: t.unit, priceLevel: t.priceLevel, periods: t.periods, totalColumn: t.totalColumn, rows: t.rows, convention: t.convention,
    })),
    discrepancies: tables.flatMap((t) => t.discrepancies),
    warnings: [...session.warnings, ...tables.flatMap((t) => t.warnings)],
    checked: tables.map((t) => t.checkedFigures),
  };
}
