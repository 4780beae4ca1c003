/**
 * The toolbar keeps one line at any title length: at 1280 px a very long case title is cut with
 * "…" (whole in its tooltip) and no button, the columns drop-down or the language moves to a
 * second line.
 */
import { expect, test, type Page } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1280, height: 800 } });

const LONG = 'Business case for investering i Individuelt Planlagt Job med Støtte (IPS) til borgere med psykiske lidelser i Aarhus Kommune, Beskæftigelsesforvaltningen, 2023–2029';

async function layout(page: Page) {
  const toolbar = page.locator('header.toolbar');
  const height = (await toolbar.boundingBox())!.height;
  // Every control's vertical middle: one line means one value.
  const middles = await toolbar.locator('button, summary, select, .doc-title, .brand').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return Math.round(r.top + r.height / 2);
    }),
  );
  const right = await toolbar.locator('select[data-testid="language"]').evaluate((e) => e.getBoundingClientRect().right);
  return { height, lines: new Set(middles).size, right };
}

for (const language of ['da', 'en'] as const) {
  test(`at 1280 px the toolbar is one line with a short or a very long title (${language})`, async ({ page }) => {
    const sheet = new SheetPage(page);
    await sheet.openBlank('2025');
    if (language === 'en') await page.getByTestId('language').selectOption('en');
    const short = await layout(page);
    expect(short.lines).toBe(1);

    const title = await sheet.caseField(language === 'en' ? 'Title' : 'Titel');
    await title.fill(LONG);
    await title.press('Enter');
    const docTitle = page.getByTestId('doc-title');
    await expect(docTitle).toHaveAttribute('title', LONG);
    const long = await layout(page);
    await sheet.shot(`toolbar-long-title-1280-${language}`);

    expect(long.lines).toBe(1);
    expect(long.height).toBe(short.height);
    // Everything is on screen, the language at the right edge; the title is the part that gave way.
    expect(long.right).toBeLessThanOrEqual(1280);
    expect(await docTitle.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    expect(await docTitle.evaluate((e) => getComputedStyle(e).textOverflow)).toBe('ellipsis');
  });
}

test('the columns drop-down shows and hides a classification column', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  const udvalg = page.locator('.ag-header-cell[col-id="class:udvalg"]');
  await expect(udvalg).toHaveCount(0);
  await page.getByTestId('columns-menu').click();
  await page.getByTestId('col-udvalg').check();
  await expect(udvalg).toBeVisible();
  await sheet.shot('toolbar-columns-menu');
  await page.getByTestId('col-udvalg').uncheck();
  await expect(udvalg).toHaveCount(0);
});
