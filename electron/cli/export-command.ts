/**
 * `budgetnotat export CASE.budgetnotat -o OUT.xlsx` (or `export IN.xlsx -o OUT.xlsx`: import, then
 * export): the committee-ready xlsx budget note, written atomically (a crash mid-write leaves the old file or none, never half a workbook).
 * `-o OUT.pdf` prints that workbook to PDF through LibreOffice (see soffice-pdf.ts).
 */
import path from 'node:path';
import { exportCaseXlsx } from '../../shared/xlsx/export/export-workbook';
import { atomicWrite } from '../files/atomic-write';
import { readCase } from './case-io';
import { CliError } from './cli-error';
import { caseFromWorkbook } from './import-command';
import { ConversionFailed, findSoffice, xlsxToPdf } from './soffice-pdf';

export const NO_LIBREOFFICE =
  'export: en PDF kræver LibreOffice, som ikke er installeret; installér LibreOffice (https://www.libreoffice.org, på Debian/Ubuntu "apt-get install libreoffice-calc") eller eksportér til .xlsx';

export async function exportCommand(positionals: string[], output: string | undefined): Promise<string> {
  if (positionals.length !== 1) throw new CliError('export: angiv præcis én fil (FIL.budgetnotat eller FIL.xlsx)');
  if (!output) throw new CliError('export: angiv en fil med -o FIL.xlsx eller -o FIL.pdf');
  const pdf = /\.pdf$/i.test(output);
  if (!pdf && !/\.xlsx$/i.test(output)) throw new CliError(`export: ${output}: output skal være en .xlsx- eller .pdf-fil`);
  // Before any work: a missing LibreOffice should not cost the user an import first.
  const soffice = pdf ? findSoffice() : null;
  if (pdf && !soffice) throw new CliError(NO_LIBREOFFICE);
  const input = positionals[0]!;
  const c = /\.xls[xm]$/i.test(input) ? (await caseFromWorkbook(input)).case : await readCase(input);
  let bytes = await exportCaseXlsx(c);
  if (soffice) {
    try {
      bytes = await xlsxToPdf(soffice, bytes, path.basename(output, path.extname(output)).replace(/[^\w.-]+/g, '_') || 'budgetnotat');
    } catch (e) {
      if (e instanceof ConversionFailed) throw new CliError(`export: ${e.message}`);
      throw e;
    }
  }
  try {
    await atomicWrite(output, bytes);
  } catch (e) {
    throw new CliError(`${output}: kan ikke gemmes (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return `Eksporteret ${input} til ${output}`;
}
