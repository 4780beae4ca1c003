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
  await expect(second.getByTestId('recovery-banner')).toContainText('BI14');
  await second.getByRole('button', { name: 'Annullér', exact: true }).click();
  await second.getByTestId('recovery-restore').click();
  await expect(await again.cell('Udgifter i alt (netto)', 'total')).toHaveText('10.142');
  await again.shot('08-restored');
  await expect(second.getByTestId('recovery-banner')).toHaveCount(0);
});
