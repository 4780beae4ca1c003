/** Every table on every sheet, and what the workbook as a whole gives reason to say. */
import { analyseTable, type ImportedTable } from './analyse-table';
import type { SheetGrid } from './grid';
import { findLayouts } from './table-layout';

export interface WorkbookAnalysis {
  tables: ImportedTable[];
  warnings: string[];
}

/** Said when no sheet has a table; taken back when the user adds one in the preview. */
export const NO_TABLES = 'Projektmappen har ingen budgettabel: ingen række har årstal (eller År 1, År 2, …) som kolonneoverskrifter.';

export function analyseGrids(grids: SheetGrid[]): WorkbookAnalysis {
  const tables: ImportedTable[] = [];
  const warnings: string[] = [];
  for (const grid of grids) {
    if (grid.rowCount === 0) {
      warnings.push(`Arket "${grid.name}" er tomt.`);
      continue;
    }
    const errors = countErrors(grid);
    if (errors > 0) warnings.push(`Arket "${grid.name}" har ${errors} celler med fejlværdier (fx #DIV/0!).`);
    for (const layout of findLayouts(grid)) tables.push(analyseTable(grid, layout));
  }
  if (tables.length === 0) {
    warnings.push(NO_TABLES);
  }
  return { tables, warnings };
}

function countErrors(grid: SheetGrid): number {
  let n = 0;
  for (const row of grid.rows) for (const cell of row ?? []) if (cell && typeof cell.value === 'object' && cell.value !== null) n++;
  return n;
}
