/** Every workbook in ../shared/cases/, imported as a case (all its tables), for the export tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Case } from '../../../../shared/model/case';
import { openImportSession } from '../../../../shared/xlsx/import/import-xlsx';
import { casesDir } from '../import/cases-dir';

export async function seedWorkbookCases(): Promise<Array<{ name: string; case: Case }>> {
  const out: Array<{ name: string; case: Case }> = [];
  for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.xlsx')).sort()) {
    const opened = await openImportSession(new Uint8Array(readFileSync(path.join(casesDir, file))));
    if (!opened.ok) throw new Error(`${file}: ${opened.error}`);
    const made = opened.session.caseFor(opened.session.summaries().map((t) => t.index));
    if (!made.ok) throw new Error(`${file}: ${made.error}`);
    out.push({ name: file.replace(/\.xlsx$/, ''), case: made.case });
  }
  return out;
}
