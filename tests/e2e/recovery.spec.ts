/** Unsaved work survives a closed page: autosave to IndexedDB, and the offer to restore it. */
import { expect, test } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1400 } });

test('restores unsaved edits after the page was closed', async ({ context }) => {
  const first = await context.newPage();
  const sheet = new SheetPage(first);
  await sheet.open('kk-sydhavnen-2022');
  await sheet.type('IPS-konsulenter (BIF)', '2025', '2.000');
  await sheet.expectText('Udgifter i alt (netto)', 'Samlet', '10.142');
  await first.waitForTimeout(2_600); // the autosave delay is 2 s
  await first.close();

  const second = await context.newPage();
  const again = new SheetPage(second);
  await second.goto('/');
  // What and when: the case's title, that it was never saved to a file, and the autosave's time.
  await expect(second.getByTestId('recovery-item')).toHaveCount(1);
  await expect(second.getByTestId('recovery-item')).toContainText(/"BI14.*" \(aldrig gemt\), gemt automatisk \d{1,2}\.\d{1,2}\.\d{4}/);
  await second.getByRole('button', { name: 'Annullér', exact: true }).click();
  await again.shot('07b-recovery-offer');
  await second.getByTestId('recovery-restore').click();
  await expect(await again.cell('Udgifter i alt (netto)', 'total')).toHaveText('10.142');
  await again.shot('08-restored');
  await expect(second.getByTestId('recovery-banner')).toHaveCount(0);
});

/** A fresh start that has had time to ask for recoveries, with the New dialog put away. */
async function startedAgain(page: import('@playwright/test').Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Annullér', exact: true }).click();
  await page.waitForTimeout(1_000);
}

test('an explicit discard, and a save, each end the offer for good', async ({ context }) => {
  const edited = async () => {
    const page = await context.newPage();
    const sheet = new SheetPage(page);
    await sheet.open('kk-sydhavnen-2022');
    await sheet.type('IPS-konsulenter (BIF)', '2025', '2.000');
    await page.waitForTimeout(2_600); // the autosave delay is 2 s
    return page;
  };

  await (await edited()).close();
  const offered = await context.newPage();
  await startedAgain(offered);
  await expect(offered.getByTestId('recovery-item')).toHaveCount(1);
  await offered.getByTestId('recovery-discard').click();
  await expect(offered.getByTestId('recovery-banner')).toHaveCount(0);
  await startedAgain(offered);
  await expect(offered.getByTestId('recovery-banner')).toHaveCount(0);
  await offered.close();

  const saving = await edited();
  const download = saving.waitForEvent('download');
  await saving.getByTestId('tb-save').click();
  await download;
  await expect(saving.getByTestId('doc-title')).not.toContainText('•');
  await saving.close();
  const after = await context.newPage();
  await startedAgain(after);
  await expect(after.getByTestId('recovery-banner')).toHaveCount(0);
});
