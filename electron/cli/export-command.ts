/**
 * `budgetnotat export CASE.budgetnotat -o OUT.xlsx` (or `export IN.xlsx -o OUT.xlsx`: import, then
 * export): the committee-ready xlsx budget note, written atomically (a crash mid-write leaves the old file or none, never half a workbook).
 */
import { exportCaseXlsx } from '../../shared/xlsx/export/export-workbook';
import { atomicWrite } from '../files/atomic-write';
import { readCase } from './case-io';
import { CliError } from './cli-error';
import { caseFromWorkbook } from './import-command';
import { installNodeRasterAssets } from './raster-assets';

export async function exportCommand(positionals: string[], output: string | undefined): Promise<string> {
  if (positionals.length !== 1) throw new CliError('export: angiv præcis én fil (FIL.budgetnotat eller FIL.xlsx)');
  if (!output) throw new CliError('export: angiv en fil med -o FIL.xlsx');
  if (!/\.xlsx$/i.test(output)) throw new CliError(`export: ${output}: output skal være en .xlsx-fil`);
  const input = positionals[0]!;
  const c = /\.xls[xm]$/i.test(input) ? (await caseFromWorkbook(input)).case : await readCase(input);
  installNodeRasterAssets();
  const bytes = await exportCaseXlsx(c);
  try {
    await atomicWrite(output, bytes);
  } catch (e) {
    throw new CliError(`${output}: kan ikke gemmes (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return `Eksporteret ${input} til ${output}`;
}
