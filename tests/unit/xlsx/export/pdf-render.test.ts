/**
 * The exported Aarhus template as LibreOffice prints it: A4 landscape, the whole economy table
 * (every year and Samlet), the key figures and the chart on page 1, one page per sheet. Page 1 is
 * also rendered to a PNG (path printed) so a person can look at it.
 *
 * Skipped with the reason printed where LibreOffice or poppler-utils are missing; in CI (env CI
 * set) that is a failure.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCaseXlsx } from '../../../../shared/xlsx/export/export-workbook';
import { templateCase } from '../../../../shared/templates/index';
import { convertToPdf, libreOfficeMissing } from '../../../libreoffice/libreoffice';

const run = promisify(execFile);

function popplerMissing(): string | null {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'poppler-utils (pdftotext, pdftoppm) is not installed: apt-get install -y poppler-utils';
  }
}

const missing = libreOfficeMissing() ?? popplerMissing();
if (missing && process.env.CI) throw new Error(`CI must have LibreOffice and poppler-utils for the PDF test: ${missing}`);
if (missing) console.warn(`Skipping the PDF rendering test: ${missing}`);

describe.skipIf(missing !== null)('the exported Aarhus template printed by LibreOffice', () => {
  let pdf = '';
  let info = '';
  let page1 = '';

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-pdf-test-'));
    const xlsx = path.join(dir, 'aarhus.xlsx');
    await writeFile(xlsx, await exportCaseXlsx(templateCase('aarhus-ips-2022')!));
    pdf = await convertToPdf(xlsx);
    info = (await run('pdfinfo', [pdf])).stdout;
    page1 = (await run('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'])).stdout;
    const png = path.join(dir, 'aarhus-page');
    await run('pdftoppm', ['-f', '1', '-l', '1', '-r', '110', '-png', '-singlefile', pdf, png]);
    console.info(`Page 1 of the exported Aarhus note: ${png}.png`);
  }, 180_000);

  it('prints A4 landscape, one page per sheet', () => {
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+3\n/);
  });

  it('fits the whole table on page 1: every year, Samlet, the result and its total', () => {
    const header = page1.split('\n').find((l) => l.includes('Beløb i 1.000 kr.'))!;
    expect(header.trim().split(/\s{2,}/)).toEqual(['Beløb i 1.000 kr.', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030', 'Samlet']);
    expect(page1).toMatch(/Provenu\s+-835\s+-692\s+468\s+396\s+348\s+356\s+324\s+365/);
    expect(page1).toMatch(/Indtægt\s+326\s+490\s+490\s+490\s+490\s+490\s+490\s+3\.266|Indtægt\s+326\s+490\s+490\s+490\s+490\s+490\s+490\s+3,266/);
  });

  it('has the key figures, the chart and the header and footer on page 1', async () => {
    expect(page1).toMatch(/Tilbagebetalingstid, totaløkonomi\s+6 år/);
    expect(page1).toMatch(/Break-even år\s+2028/);
    expect(page1).toContain('Resultat og akkumuleret resultat');
    expect(page1).toContain('Din vej i job (udvidet IPS-indsats)');
    expect(page1).toContain('08.11.2022');
    expect(page1).toMatch(/Side 1 af 3/);
    expect((await stat(pdf)).size).toBeGreaterThan(20_000);
  });
});
