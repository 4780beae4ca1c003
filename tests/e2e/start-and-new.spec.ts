/**
 * The start of a session and Ny: a restore offer heads the start dialog, KK's result has no empty
 * section header over it, and Ny or a template over an untouched case asks nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1000 } });

/** Every confirm the page shows, answered "Annullér" so nothing is let go. */
function confirmsOf(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  return asked;
}

test('KK\'s template shows no empty "Samlet" header above its pinned result', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('kk-ips-2017');
  expect(await sheet.labels()).toEqual([
    'Varige ændringer',
    'Reducerede ydelsesudgift i forbindelse med kortere ledighed',
    'Samlet varig ændring',
    'Implementeringsomkostninger',
    'Virksomhedsopsøgende arbejde',
    'Idriftsættelse af IPS-team',
    'Samlede implementeringsomkostninger',
    'Investeringer totalt, service',
    'Investeringer totalt, overførsler',
    'Samlet økonomisk påvirkning',
  ]);
  await expect(page.locator('.row-section')).toHaveCount(2);
  // The result is still -5.000 + 2.750 = -2.250 in 2017 and -12.500 + 6.250 = -6.250 in all.
  await sheet.expectText('Samlet økonomisk påvirkning', '2017', '-2.250');
  await sheet.expectText('Samlet økonomisk påvirkning', 'Samlet', '-6.250');
  await page.screenshot({ path: 'test-results/screens/kk-no-empty-header.png' });
});

test('Ny on a case only created asks nothing; after an edit it asks, and after undo it does not', async ({ page }) => {
  const asked = confirmsOf(page);
  const sheet = new SheetPage(page);
  await sheet.open('kk-sydhavnen-2022');
  await expect(page.getByTestId('doc-title')).toHaveText('BI14 - Fremskudt beskæftigelsesindsats i Sydhavnen (IPS)');

  await page.getByTestId('tb-new').click();
  await expect(page.getByTestId('new-case-dialog')).toBeVisible();
  expect(asked).toEqual([]);
  await page.getByTestId('template-rebild-ips-2022').check();
  await page.getByTestId('create-case').click();
  await expect(page.getByTestId('new-case-dialog')).toHaveCount(0);
  expect(asked).toEqual([]);
  await expect(page.getByTestId('doc-title')).toHaveText('Budgetnotat 2022 – IPS-forløb');

  // An edit is a change: Ny asks, and "Annullér" keeps the case and the edit.
  await sheet.type('Investering', '2024', '0,5');
  await expect(page.getByTestId('doc-title')).toHaveText('• Budgetnotat 2022 – IPS-forløb');
  await page.getByTestId('tb-new').click();
  expect(asked).toEqual(['Sagen har ændringer, der ikke er gemt. Fortsæt alligevel?']);
  await expect(page.getByTestId('new-case-dialog')).toHaveCount(0);
  await sheet.expectText('Investering', '2024', '0,50');

  // Undone, the case is as created again: no question.
  await sheet.select('Besparelse', '2023');
  await page.keyboard.press('Control+z');
  await sheet.expectText('Investering', '2024', '');
  await expect(page.getByTestId('doc-title')).toHaveText('Budgetnotat 2022 – IPS-forløb');
  await page.getByTestId('tb-new').click();
  await expect(page.getByTestId('new-case-dialog')).toBeVisible();
  expect(asked).toHaveLength(1);
});

test('the start dialog shows the offer to restore unsaved work first, and restores from there', async ({ context }) => {
  const first = await context.newPage();
  const sheet = new SheetPage(first);
  await sheet.open('kk-sydhavnen-2022');
  await sheet.type('IPS-konsulenter (BIF)', '2025', '2.000');
  await sheet.expectText('Udgifter i alt (netto)', 'Samlet', '10.142');
  await first.waitForTimeout(2_600); // the autosave delay is 2 s
  await first.close();

  const second = await context.newPage();
  await second.goto('/');
  const dialog = second.getByTestId('new-case-dialog');
  const offer = dialog.getByTestId('recovery-banner');
  await expect(offer).toBeVisible();
  await expect(offer.getByTestId('recovery-item')).toContainText(/"BI14.*" \(aldrig gemt\)/);
  // First in the dialog, above the choice of a new case, and nothing lies over its button.
  const offerBox = (await offer.boundingBox())!;
  const blankBox = (await dialog.getByText('Tom sag').boundingBox())!;
  expect(offerBox.y + offerBox.height).toBeLessThanOrEqual(blankBox.y);
  const restore = offer.getByTestId('recovery-restore');
  const box = (await restore.boundingBox())!;
  const onTop = await second.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-testid'), [box.x + box.width / 2, box.y + box.height / 2]);
  expect(onTop).toBe('recovery-restore');
  await second.screenshot({ path: 'test-results/screens/recovery-in-start-dialog.png' });

  await restore.click();
  await expect(dialog).toHaveCount(0);
  const again = new SheetPage(second);
  await again.expectText('Udgifter i alt (netto)', 'Samlet', '10.142');
  await expect(second.getByTestId('recovery-banner')).toHaveCount(0);
  // Restored work is unsaved work: leaving it asks.
  await expect(second.getByTestId('doc-title')).toContainText('•');
});

test('discarding the offer in the start dialog leaves the dialog to choose a new case', async ({ context }) => {
  const first = await context.newPage();
  const sheet = new SheetPage(first);
  await sheet.open('kk-sydhavnen-2022');
  await sheet.type('IPS-konsulenter (BIF)', '2025', '2.000');
  await first.waitForTimeout(2_600);
  await first.close();

  const second = await context.newPage();
  await second.goto('/');
  const dialog = second.getByTestId('new-case-dialog');
  await dialog.getByTestId('recovery-discard').click();
  await expect(dialog.getByTestId('recovery-banner')).toHaveCount(0);
  await dialog.getByTestId('template-kk-ips-2017').check();
  await dialog.getByTestId('create-case').click();
  await expect(dialog).toHaveCount(0);
  await new SheetPage(second).expectText('Samlet økonomisk påvirkning', 'Samlet', '-6.250');
  await expect(second.getByTestId('recovery-banner')).toHaveCount(0);

  // Gone for good: the next start offers nothing.
  const third = await context.newPage();
  await third.goto('/');
  await expect(third.getByTestId('new-case-dialog')).toBeVisible();
  await expect(third.getByTestId('recovery-banner')).toHaveCount(0);
});
