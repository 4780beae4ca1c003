/**
 * `import FILE.xlsx --json | -o CASE.budgetnotat [--table N[,M]]` and `check FILE.xlsx`: the
 * importer as a command. A file that cannot be read ends with exit 2 and the importer's sentence.
 * (`import … --into CASE` is append-command.ts.)
 */
import path from 'node:path';
import { readFileLimited } from '../files/read-limited';
import { isArithmetic } from '../../shared/figures/stated';
import { openImportSession } from '../../shared/xlsx/import/import-xlsx';
import type { ImportSession } from '../../shared/xlsx/import/import-session';
import type { Case } from '../../shared/model/case';
import { writeCase } from './case-io';
import { CliError } from './cli-error';
import { formatCheckReport } from './format-check';
import { importReport } from './import-report';

/** Larger files are refused before they are read: budget workbooks are kilobytes, not hundreds of megabytes. */
const MAX_XLSX_BYTES = 100 * 1024 * 1024;

export async function openWorkbookFile(file: string): Promise<ImportSession> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array((await readFileLimited(file, MAX_XLSX_BYTES)).bytes);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  const opened = await openImportSession(bytes);
  if (!opened.ok) throw new CliError(`${path.basename(file)}: ${opened.error}`);
  return opened.session;
}

/** The case an import makes: our own export's embedded case, else the chosen tables (all by default). */
export async function caseFromWorkbook(file: string, table?: string): Promise<{ case: Case; what: string }> {
  const session = await openWorkbookFile(file);
  if (!table && session.embedded) return { case: session.embedded.case, what: 'den sag, Budgetnotat eksporterede,' };
  const all = session.summaries().map((t) => t.index);
  const chosen = table ? tableNumbers(table, all.length) : all;
  if (chosen.length === 0) throw new CliError(`${path.basename(file)}: projektmappen har ingen budgettabel at importere`);
  const made = session.caseFor(chosen);
  if (!made.ok) throw new CliError(made.error);
  return { case: made.case, what: `${chosen.length === 1 ? 'tabel' : 'tabellerne'} ${chosen.map((i) => i + 1).join(', ')}` };
}

export async function runImport(file: string, options: { json?: boolean; output?: string; table?: string }, out: (t: string) => void): Promise<number> {
  if (options.output) {
    const made = await caseFromWorkbook(file, options.table);
    await writeCase(options.output, made.case);
    out(`Importeret ${made.what} til ${options.output}`);
    return 0;
  }
  const report = importReport(await openWorkbookFile(file));
  const { checked: _checked, ...json } = report;
  out(options.json ? JSON.stringify(json, null, 2) : formatCheckReport(report));
  return 0;
}

export async function runCheck(file: string, out: (t: string) => void): Promise<number> {
  const report = importReport(await openWorkbookFile(file));
  out(formatCheckReport(report));
  // Rounding differences are listed, but only a figure the arithmetic does not give fails the check.
  return report.discrepancies.some(isArithmetic) ? 1 : 0;
}

function tableNumbers(text: string, count: number): number[] {
  const numbers = text.split(',').map((s) => Number(s.trim()));
  for (const n of numbers) {
    if (!Number.isInteger(n) || n < 1 || n > count) {
      throw new CliError(`--table: "${text}" er ikke et tabelnummer mellem 1 og ${count}`);
    }
  }
  return numbers.map((n) => n - 1);
}
