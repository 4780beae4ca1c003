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
