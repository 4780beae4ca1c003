/**
 * The exported Aarhus and Copenhagen templates as LibreOffice prints them: A4 landscape, the
 * whole economy table (every year and Samlet) and the key figures on page 1, the chart on a page
 * of its own where it does not fit under them, the table views together on "Tabeller", nothing
 * cut or wrapped over another line. Every page is also rendered to a PNG (paths printed) so a
 * person can look at it.
 *
 * Skipped with the reason printed where LibreOffice or poppler-utils are missing; in CI (env CI
 * set) that is a failure.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCaseXlsx } from '../../../../shared/xlsx/export/export-workbook';
import { templateCase } from '../../../../shared/templates/index';
import { convertToPdf, printToolsMissing } from '../../../libreoffice/libreoffice';

const run = promisify(execFile);

const missing = printToolsMissing('the PDF rendering test', 'pdftotext');

interface Printed {
  info: string;
  pages: string[];
}

/** Exports a template, prints it with LibreOffice, reads each page's text and renders each page to a PNG (paths printed). */
async function print(dir: string, id: string): Promise<Printed> {
  const xlsx = path.join(dir, `${id}.xlsx`);
  await writeFile(xlsx, await exportCaseXlsx(templateCase(id)!));
  const pdf = await convertToPdf(xlsx);
  expect((await stat(pdf)).size).toBeGreaterThan(20_000);
  const info = (await run('pdfinfo', [pdf])).stdout;
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const pages: string[] = [];
  for (let n = 1; n <= count; n++) pages.push((await run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'])).stdout);
  await run('pdftoppm', ['-r', '110', '-png', pdf, path.join(dir, id)]);
  console.info(`Pages of the exported ${id} note: ${path.join(dir, id)}-N.png`);
  return { info, pages };
}

/** The `nth` line of the page that starts with `start` (-1: the last), split into its columns (two or more spaces apart). */
const columns = (page: string, start: string, nth = 0) => page.split('\n').filter((l) => l.trim().startsWith(start)).at(nth)!.trim().split(/\s{2,}/);

describe.skipIf(missing !== null)('the exported Aarhus and Copenhagen templates printed by LibreOffice', () => {
  let aarhus: Printed;
  let kk: Printed;

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-pdf-test-'));
    aarhus = await print(dir, 'aarhus-ips-2022');
    kk = await print(dir, 'kk-ips-2017');
  }, 240_000);

  it('prints A4 landscape: the note and its chart, the tables, the assumptions, and the distribution where there is one', () => {
    const footers = (pages: string[]) => pages.map((p) => /^(\S+)\s+Side (\d) af (\d)\s*$/m.exec(p)?.slice(1).join(' '));
    for (const { info } of [aarhus, kk]) expect(info).toMatch(/Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/);
    // No row of Aarhus' has an udvalg, a styringsområde or I/U: nothing to distribute, no page for it.
    expect(footers(aarhus.pages)).toEqual(['Budgetnotat 1 4', 'Budgetnotat 2 4', 'Tabeller 3 4', 'Forudsætninger 4 4']);
    expect(footers(kk.pages)).toEqual(['Budgetnotat 1 5', 'Budgetnotat 2 5', 'Tabeller 3 5', 'Forudsætninger 4 5', 'Fordeling 5 5']);
  });

  it("prints Copenhagen's distribution by styringsområde with its figures, its title at the margin", () => {
    const page = kk.pages[4]!;
    // Tabel 1.1 of the source: Overførsler -5.000 -5.500 -1.000 -1.000, Service 1.000 1.000, Overførsler (EI) 1.750 2.500.
    expect(page).toMatch(/kortere ledighed\s+Overførsler\s+-5[.,]000\s+-5[.,]500\s+-1[.,]000\s+-1[.,]000\s+-12[.,]500/);
    expect(page).toMatch(/Idriftsættelse af IPS-team\s+Overførsler \(EI\)\s+1[.,]750\s+2[.,]500\s+0\s+0\s+4[.,]250/);
    expect(page).toMatch(/Virksomhedsopsøgende arbejde\s+Service\s+1[.,]000\s+1[.,]000\s+0\s+0\s+2[.,]000/);
    expect(page).toMatch(/\nI alt\s+-2[.,]250\s+-2[.,]000\s+-1[.,]000\s+-1[.,]000\s+-6[.,]250/);
    // The title starts where the table does, at the left margin, not centred in from it.
    const title = page.split('\n').find((l) => l.includes('Fordeling på udvalg'))!;
    const corner = page.split('\n').find((l) => l.includes('Beløb i 1.000 kr., 2017 p/l'))!;
    expect(title.indexOf('Fordeling')).toBe(corner.indexOf('Beløb'));
  });

  it('fits the whole economy table and the key figures on page 1, with header and footer', () => {
    const page1 = aarhus.pages[0]!;
    expect(columns(page1, 'Beløb i 1.000 kr.')).toEqual(['Beløb i 1.000 kr.', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030', 'I alt']);
    // Provenu is derived in every year of the axis: 0 in 2022 and 2030, outside År 1-7.
    expect(page1).toMatch(/Provenu\s+0\s+-835\s+-692\s+468\s+396\s+348\s+356\s+324\s+0\s+365/);
    expect(page1).toMatch(/Indtægt\s+326\s+490\s+490\s+490\s+490\s+490\s+490\s+3[.,]266/);
    expect(page1).toMatch(/Tilbagebetalingstid, totaløkonomi\s+6 år/);
    expect(page1).toMatch(/Nutidsværdi \(NPV\)\s+152/);
    expect(page1).toContain('Din vej i job (udvidet IPS-indsats)');
    expect(page1).toContain('08.11.2022');
    // Too little room is left under the key figures for a readable chart: it has page 2 to itself, under no repeated table header.
    expect(aarhus.pages[1]).toContain('Resultat og akkumuleret resultat');
    expect(aarhus.pages[1]).not.toContain('Beløb i');
  });

  it("prints Aarhus' business case in År 1-7, Bilag B and the payment plan on one page", () => {
    const tables = aarhus.pages[2]!;
    expect(columns(tables, 'Beløb i 1.000 kr.')).toEqual(['Beløb i 1.000 kr.', 'År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7', 'I alt']);
    expect(columns(tables, 'Provenu')).toEqual(['Provenu', '-835', '-692', '468', '396', '348', '356', '324', '365']);
    expect(columns(tables, 'Investering')).toEqual(['Investering', '1[.,]476', '1[.,]476', '2[.,]952'].map((t) => expect.stringMatching(new RegExp(`^${t}$`))));
    expect(tables).toContain('Bilag B Eksempelberegning på betalingsstrømme ved forventede succesrater');
    expect(columns(tables, 'Tilskud fra Rådet')).toEqual(['Tilskud fra Rådet for Sociale Investeringer', '123', expect.stringMatching(/^1[.,]476$/), expect.stringMatching(/^1[.,]353$/), expect.stringMatching(/^2[.,]952$/)]);
  });

  it("prints Copenhagen's Tabel 1.1 and 1-3 on one page, long labels on one line", () => {
    const tables = kk.pages[2]!;
    for (const title of ['1.1 Forslagets samlede økonomiske konsekvenser', 'Tabel 1. Varige ændringer, overførsler', 'Tabel 2. Serviceinvesteringer i forslaget', 'Tabel 3. Overførselsinvesteringer (efterspørgselsstyret indsats) i forslaget']) {
      expect(tables).toContain(title);
    }
    expect(columns(tables, 'Beløb i 1.000 kr., 2017 p/l')).toEqual(['Beløb i 1.000 kr., 2017 p/l', 'Styringsområde', '2017', '2018', '2019', '2020']);
    expect(columns(tables, 'Reducerede')[0]).toBe('Reducerede ydelsesudgift i forbindelse med kortere ledighed');
    expect(columns(kk.pages[0]!, 'Reducerede')[0]).toBe('Reducerede ydelsesudgift i forbindelse med kortere ledighed');
    // Tabel 3, the last table: no Styringsområde column, and an I alt.
    expect(columns(tables, 'Idriftsættelse af IPS-team', -1)).toEqual(['Idriftsættelse af IPS-team', expect.stringMatching(/^1[.,]750$/), expect.stringMatching(/^2[.,]500$/), expect.stringMatching(/^4[.,]250$/)]);
    expect(tables).toMatch(/Varige ændringer totalt, overførsler\s+-5[.,]000\s+-5[.,]500\s+-1[.,]000\s+-1[.,]000/);
  });
});
