/**
 * "Udskriv / Gem som PDF" and "Kopiér tabel til Word" in the browser edition, as a budget officer
 * uses them. Expected figures come from the source notes (../shared/seeds): Aarhus' Provenu
 * "-835 -692 468 396 348 356 324 365" over År 1-7 (2023-2029) and Total (seed 002), Bilag B's
 * stated 3.264 against the 3.266 its rows give, and Copenhagen's "Samlet økonomisk påvirkning
 * -2.250 -2.000 -1.000 -1.000" (seed 001). Screenshots and the printed PDF's pages go to
 * test-results/print/.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { SheetPage } from './sheet-page';

const run = promisify(execFile);
const OUT = path.resolve('test-results/print');

async function openPreview(page: Page, template: string) {
  const sheet = new SheetPage(page);
  await sheet.open(template);
  await page.getByTestId('tb-printNote').click();
  const preview = page.getByTestId('print-preview');
  await expect(preview).toBeVisible();
  return preview;
}

/** The texts of a table row in the preview, by its label, in the table titled `title`. */
async function rowTexts(page: Page, title: string, label: string): Promise<string[]> {
  return page.locator(`[data-testid="note-table"][data-title="${title}"] tr[data-row="${label}"] > *`).allInnerTexts();
}

test.beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
});

test('the print preview shows the note: title, the economy table, key figures, deviations, the chart and the views', async ({ page }) => {
  const preview = await openPreview(page, 'aarhus-ips-2022');
  await expect(preview.getByTestId('note-title')).toHaveText('Din vej i job (udvidet IPS-indsats)');
  // The economy table runs 2022-2030 (the payment plan's years) with År 1-7 in 2023-2029.
  expect(await rowTexts(page, 'Økonomi', 'Provenu')).toEqual(['Provenu', '0', '-835', '-692', '468', '396', '348', '356', '324', '0', '365']);
  const corner = preview.locator('[data-title="Økonomi"] th.corner');
  await expect(corner).toHaveText('Beløb i 1.000 kr.');
  // -835 - 692 + 468 + 396 + 348 = -315 after År 5, + 356 = 41 after År 6 (2028): payback in year 6.
  const figures = preview.getByTestId('note-figures');
  await expect(figures.locator('[data-figure="paybackTotal"] td')).toHaveText('6 år');
  await expect(figures.locator('[data-figure="breakEven"] td')).toHaveText('2028');
  await expect(figures.locator('[data-figure="net7"] td')).toHaveText('365');
  await expect(preview.getByTestId('note-deviations')).toContainText('3.264');
  await expect(preview.getByTestId('note-deviations')).toContainText('3.266');
  await expect(preview.getByTestId('note-chart')).toBeVisible();
  // The business case view as the note prints it.
  expect(await rowTexts(page, 'Business case', 'Provenu')).toEqual(['Provenu', '-835', '-692', '468', '396', '348', '356', '324', '365']);
  // Ten amount columns need the long side of the paper; the result row is bold with a rule.
  await expect(preview.getByTestId('note-page').first()).toHaveClass(/landscape/);
  const result = preview.locator('[data-title="Økonomi"] tr[data-row="Provenu"] td').last();
  expect(await result.evaluate((e) => [getComputedStyle(e).fontWeight, getComputedStyle(e).borderTopStyle, getComputedStyle(e).textAlign])).toEqual(['700', 'solid', 'right']);
  await page.screenshot({ path: `${OUT}/preview-aarhus.png` });

  // Escape leaves the preview, and the editor is as it was.
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(page.locator('.sheet')).toBeVisible();
});

test('the preview follows the case: an edit made before opening it shows in the note', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('kk-ips-2017');
  await sheet.type('Virksomhedsopsøgende arbejde', '2017', '2000');
  await sheet.expectText('Samlet økonomisk påvirkning', '2017', '-1.250');
  await page.keyboard.press('Control+p');
  const preview = page.getByTestId('print-preview');
  await expect(preview).toBeVisible();
  // Typing now goes nowhere: the sheet behind the preview has lost the focus.
  await page.keyboard.type('999');
  await page.keyboard.press('Enter');
  // -2.250 + (2.000 - 1.000) = -1.250 in 2017; the total -6.250 + 1.000 = -5.250.
  expect(await rowTexts(page, 'Økonomi', 'Samlet økonomisk påvirkning')).toEqual(['Samlet økonomisk påvirkning', '-1.250', '-2.000', '-1.000', '-1.000', '-5.250']);
  await expect(preview.getByTestId('note-page').first()).toHaveClass(/portrait/);
  await expect(preview.getByTestId('note-deviations')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await sheet.expectText('Samlet økonomisk påvirkning', '2017', '-1.250');
});

/** page.pdf() of the page as it is (print media), read back with poppler: page count, each page's orientation and text. */
async function printedPdf(page: Page, name: string) {
  const file = `${OUT}/${name}.pdf`;
  await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = (await run('pdfinfo', ['-f', '1', '-l', '99', file])).stdout;
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const texts: string[] = [];
  for (let p = 1; p <= count; p++) texts.push((await run('pdftotext', ['-layout', '-f', String(p), '-l', String(p), file, '-'])).stdout);
  await run('pdftoppm', ['-r', '50', '-png', file, `${OUT}/${name}-page`]);
  return { count, texts, orientations: sizes.map(([w, h]) => (w > h ? 'landscape' : 'portrait')), a4: sizes.every(([w, h]) => Math.round(Math.min(w, h)) === 595 && Math.round(Math.max(w, h)) === 842) };
}

test('printing prints the note only, on A4 pages portrait or landscape as each table needs, numbered', async ({ page }) => {
  await openPreview(page, 'aarhus-ips-2022');
  // The browser edition hands over to the browser's own print dialog; headless Chromium has none to show.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByTestId('print-now').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.getByTestId('print-now')).toBeHidden();
  await expect(page.getByTestId('copy-table').first()).toBeHidden();
  await page.screenshot({ path: `${OUT}/print-media-aarhus.png`, fullPage: true });
  // page.pdf() prints with the emulated media: screen would print the preview's toolbar too.
  await page.emulateMedia({ media: null });

  const aarhus = await printedPdf(page, 'aarhus');
  // Page 1: ten amount columns (2022-2030 and Samlet) need landscape, and the key figures, the
  // two deviations and the chart fit under the table. Page 2: the three views, the business case
  // with eight amount columns (År 1-7, Total) in landscape, the two short ones with it.
  expect(aarhus).toMatchObject({ count: 2, orientations: ['landscape', 'landscape'], a4: true });
  aarhus.texts.forEach((text, i) => expect(text).toMatch(new RegExp(`Side ${i + 1} af 2\\s*$`)));
  expect(aarhus.texts[0]).toMatch(/Provenu\s+0\s+-835\s+-692\s+468\s+396\s+348\s+356\s+324\s+0\s+365/);
  expect(aarhus.texts[0]).toContain('Resultat og akkumuleret resultat');
  for (const title of ['Business case', 'Bilag B Eksempelberegning', 'Udbetalingsplan']) expect(aarhus.texts[1]).toContain(title);
  expect(aarhus.texts.join('')).not.toContain('Kopiér tabel til Word');

  // Copenhagen: four years and Samlet, and views of at most five columns: portrait throughout.
  await page.getByTestId('print-close').click();
  await new SheetPage(page).newCase('kk-ips-2017');
  await page.getByTestId('tb-printNote').click();
  const kk = await printedPdf(page, 'kk');
  expect(kk).toMatchObject({ count: 2, orientations: ['portrait', 'portrait'], a4: true });
  expect(kk.texts[0]).toMatch(/Samlet økonomisk påvirkning\s+-2\.250\s+-2\.000\s+-1\.000\s+-1\.000\s+-6\.250/);
  expect(kk.texts[1]).toContain('Tabel 3. Overførselsinvesteringer');
  kk.texts.forEach((text, i) => expect(text).toMatch(new RegExp(`Side ${i + 1} af 2\\s*$`)));
});

test('Kopiér tabel til Word pastes as a formatted table, and Word gets the shown figures from it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const preview = await openPreview(page, 'kk-ips-2017');
  await preview.locator('.note-table-block').first().getByTestId('copy-table').click();
  await expect(page.getByTestId('status')).toHaveText('Tabellen "Økonomi" er kopieret; sæt den ind i Word med Ctrl+V.');

  // A paste into an editor, as into the body of a Word document or an ESDH system's text field.
  await page.getByTestId('print-close').click();
  await page.evaluate(() => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.id = 'editor';
    editor.style.cssText = 'position:fixed;left:0;top:0;width:900px;min-height:300px;background:#fff;z-index:99';
    document.body.appendChild(editor);
    editor.focus();
  });
  await page.keyboard.press('Control+v');
  const pasted = page.locator('#editor table');
  await expect(pasted).toHaveCount(1);
  const cells = (label: string) => page.locator('#editor tr').filter({ hasText: label }).locator('td, th');
  expect(await page.locator('#editor tr').first().locator('th').allInnerTexts()).toEqual(['Beløb i 1.000 kr., 2017 p/l', '2017', '2018', '2019', '2020', 'I alt']);
  expect(await cells('Samlet økonomisk påvirkning').allInnerTexts()).toEqual(['Samlet økonomisk påvirkning', '-2.250', '-2.000', '-1.000', '-1.000', '-6.250']);
  const looks = await cells('Samlet økonomisk påvirkning').evaluateAll((els) => els.map((e) => [getComputedStyle(e).fontWeight, getComputedStyle(e).textAlign]));
  expect(looks.map(([weight]) => weight)).toEqual(Array(6).fill('700'));
  expect(looks.slice(1).map(([, align]) => align)).toEqual(Array(5).fill('right'));
  const input = await cells('Virksomhedsopsøgende arbejde').evaluateAll((els) => els.map((e) => getComputedStyle(e).fontWeight));
  expect(input.every((w) => w === '400')).toBe(true);
  await page.screenshot({ path: `${OUT}/pasted-kk.png` });

  // Beside the HTML: tab-separated text for plain-text targets and spreadsheets.
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.split('\r\n').at(-1)).toBe('Samlet økonomisk påvirkning\t-2.250\t-2.000\t-1.000\t-1.000\t-6.250');

  // The HTML as Word gets it: converted by LibreOffice to docx, each cell holding the shown figure.
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item!.getType('text/html')).text();
  });
  const htmlFile = `${OUT}/kk-table.html`;
  await writeFile(htmlFile, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`);
  await run('soffice', [`-env:UserInstallation=file://${OUT}/lo-profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', OUT, htmlFile], { timeout: 120_000 });
  const docx = unzipSync(new Uint8Array(await readFile(`${OUT}/kk-table.docx`)));
  const xml = strFromU8(docx['word/document.xml']!);
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => [...tc[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/\u00a0/g, '')),
  );
  expect(rows[0]).toEqual(['Beløb i 1.000 kr., 2017 p/l', '2017', '2018', '2019', '2020', 'I alt']);
  expect(rows).toContainEqual(['Samlet økonomisk påvirkning', '-2.250', '-2.000', '-1.000', '-1.000', '-6.250']);
  expect(rows).toContainEqual(['Virksomhedsopsøgende arbejde', '1.000', '1.000', '', '', '2.000']);
  // The result row's figures stay bold and right-aligned in Word.
  const resultRow = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]).find((tr) => tr.includes('Samlet økonomisk påvirkning'))!;
  expect(resultRow).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
  expect(resultRow).toMatch(/<w:jc w:val="(right|end)"\/>/);
  // Rows as tight as in the note: no cell paragraph gets the body text's spacing after it.
  expect([...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].filter((tc) => !/<w:spacing [^>]*w:after="0"/.test(tc[0]))).toEqual([]);
});

test('the toolbar copies the economy table, not the sheet cell that has focus, and the preview copies any view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  await sheet.select('Besparelse', '2023');
  await page.getByTestId('tb-copyTable').click();
  const economy = (await page.evaluate(() => navigator.clipboard.readText())).split('\r\n');
  expect(economy[0]).toBe('Beløb i 1.000 kr.\t2022\t2023\t2024\t2025\t2026\t2027\t2028\t2029\t2030\tI alt');
  expect(economy).toContain('Provenu\t0\t-835\t-692\t468\t396\t348\t356\t324\t0\t365');

  await page.getByTestId('tb-printNote').click();
  await page.locator('.note-table-block').filter({ has: page.locator('[data-title="Business case"]') }).getByTestId('copy-table').click();
  await expect(page.getByTestId('status')).toHaveText('Tabellen "Business case" er kopieret; sæt den ind i Word med Ctrl+V.');
  const view = (await page.evaluate(() => navigator.clipboard.readText())).split('\r\n');
  expect(view).toEqual([
    'Beløb i 1.000 kr.\tÅr 1\tÅr 2\tÅr 3\tÅr 4\tÅr 5\tÅr 6\tÅr 7\tTotal',
    'Investering\t1.476\t1.476\t\t\t\t\t\t2.952',
    'Besparelse\t641\t784\t468\t396\t348\t356\t324\t3.317',
    'Provenu\t-835\t-692\t468\t396\t348\t356\t324\t365',
  ]);
});
