/**
 * Issue 15: numbers in Danish Excel show Danish separators. The export writes locale-neutral
 * number formats (note-pages.test.ts checks the codes); here LibreOffice set to da-DK prints
 * Aarhus' note, and the figures come out the Danish way: 1.476 (thousands 1.000 kr.) and 3,5 %.
 *
 * Skipped with the reason printed where LibreOffice or poppler-utils are missing; in CI (env CI
 * set) that is a failure.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { templateCase } from '../../../../shared/templates/index';
import { exportCaseXlsx } from '../../../../shared/xlsx/export/export-workbook';
import { convertToPdf, printToolsMissing } from '../../../libreoffice/libreoffice';

const run = promisify(execFile);

const missing = printToolsMissing('the Danish locale test', 'pdftotext');

async function printed(locale: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-locale-'));
  const xlsx = path.join(dir, 'aarhus.xlsx');
  await writeFile(xlsx, await exportCaseXlsx(templateCase('aarhus-ips-2022')!));
  const pdf = await convertToPdf(xlsx, { locale });
  return (await run('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'])).stdout;
}

describe.skipIf(missing !== null)('the export printed by LibreOffice in Danish', () => {
  it('shows 1.476 and 3,5 % in da-DK, and the same cells as 1,476 and 3.5 % in en-US', async () => {
    const [danish, english] = await Promise.all([printed('da_DK'), printed('en_US')]);
    // The seed's business case: Investering 1.476 (1.000 kr.) in År 1 and 2, 2.952 in all; discount rate 3,5 %.
    expect(danish).toMatch(/Investering\s+1\.476\s+1\.476\s+2\.952/);
    expect(danish).toMatch(/Diskonteringsrente\s+3,5 %/);
    expect(danish).toMatch(/Akkumuleret resultat\s+0\s+-835\s+-1\.527\s+-1\.059/);
    // The same file in another locale: the separators follow the reader, so none was written into the codes.
    expect(english).toMatch(/Investering\s+1,476\s+1,476\s+2,952/);
    expect(english).toMatch(/Diskonteringsrente\s+3\.5 %/);
  }, 240_000);
});
