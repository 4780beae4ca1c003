/**
 * `budgetnotat export CASE -o note.pdf` as a user runs it: the real bin, LibreOffice printing the
 * exported workbook. The PDF is judged as paper: its pages (poppler), each page's running footer
 * with its sheet and "Side i af N", and the ink on every page's body, so that no page is empty.
 * The pages are kept as PNGs under test-results/pdf-export/ to look at.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../../electron/cli/soffice-pdf';
import { bodyInkShares, keepPagePngs, pdfPageCount, pdfPageText } from './pdf-pages';
import { cli } from './run-cli';

const PNG_DIR = path.resolve('test-results/pdf-export');
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-pdf-cli-'));
});

/** The sheets a committee secretary gets on paper: every visible sheet of the same case's xlsx export, in order. */
async function printedSheets(file: string): Promise<string[]> {
  const xlsx = path.join(dir, `${path.basename(file)}.xlsx`);
  expect((await cli('export', file, '-o', xlsx)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  return wb.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name);
}

describe('budgetnotat export -o note.pdf', () => {
  it('needs LibreOffice on this machine', () => {
    expect(findSoffice(), 'install LibreOffice: apt-get install -y libreoffice-calc').not.toBeNull();
  });

  for (const template of ['aarhus-ips-2022', 'kk-ips-2017']) {
    it(`prints ${template} to a PDF whose every page has content and a page number`, { timeout: 180_000 }, async () => {
      const file = path.join(dir, `${template}.budgetnotat`);
      const pdf = path.join(dir, `${template}.pdf`);
      expect((await cli('new', '--template', template, '-o', file)).code).toBe(0);
      const r = await cli('export', file, '-o', pdf);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toBe(`Eksporteret ${file} til ${pdf}\n`);
      await keepPagePngs(pdf, PNG_DIR, template);

      const pages = await pdfPageCount(pdf);
      const sheets = await printedSheets(file);
      // Each sheet prints at least one page; only the note's chart (moved under its table when
      // there is no room) and a long table may add one each.
      expect(pages).toBeGreaterThanOrEqual(sheets.length);
      expect(pages).toBeLessThanOrEqual(sheets.length + 2);

      const footers: string[] = [];
      for (let p = 1; p <= pages; p++) {
        const text = await pdfPageText(pdf, p);
        expect(text, `page ${p}`).toMatch(new RegExp(`Side ${p} af ${pages}\\s*$`));
        footers.push(sheets.find((s) => new RegExp(`^${s}\\s+Side ${p} af`, 'm').test(text)) ?? `? (page ${p})`);
      }
      // The pages follow the sheets in order, every sheet on at least one.
      expect([...new Set(footers)]).toEqual(sheets);

      const ink = await bodyInkShares(pdf, path.join(dir, template));
      expect(ink).toHaveLength(pages);
      // A page of only header and footer has 0 here; a heading with one line of text under it about 0,1 %.
      for (const [i, share] of ink.entries()) expect(share, `page ${i + 1} body ink`).toBeGreaterThan(0.0005);

      // The first page is the note: its title and the result row's total as the source prints it.
      const first = await pdfPageText(pdf, 1);
      if (template === 'aarhus-ips-2022') expect(first).toMatch(/Provenu\s+0\s+-835\s+-692\s+468\s+396\s+348\s+356\s+324\s+0\s+365/);
      else expect(first).toContain('Idriftsættelse af IPS');
    });
  }

  it('says in one Danish line what to install when LibreOffice is missing, exits 2 and writes nothing', async () => {
    const file = path.join(dir, 'missing.budgetnotat');
    const pdf = path.join(dir, 'missing.pdf');
    expect((await cli('new', '--template', 'rebild-ips-2022', '-o', file)).code).toBe(0);
    const r = await promisify(execFile)(process.execPath, [path.resolve('bin/budgetnotat.mjs'), 'export', file, '-o', pdf], {
      env: { ...process.env, BUDGETNOTAT_SOFFICE: path.join(dir, 'no-such-soffice') },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^budgetnotat: export: en PDF kræver LibreOffice.*installér LibreOffice/);
    await expect(stat(pdf)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await readdir(dir)).filter((f) => f.startsWith('.missing'))).toEqual([]);
  });

  it('refuses an output that is neither .xlsx nor .pdf', async () => {
    const r = await cli('export', path.join(dir, 'aarhus-ips-2022.budgetnotat'), '-o', path.join(dir, 'note.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('output skal være en .xlsx- eller .pdf-fil');
  });
});
