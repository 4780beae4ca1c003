/**
 * Opening a broken file through the browser edition's file picker: one Danish message naming the
 * problem and where, and the case on screen (with its unsaved edit) exactly as it was.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1400 } });

const broken: Array<[string, () => Promise<Buffer>, RegExp]> = [
  ['ugyldig.budgetnotat', async () => Buffer.from('{\n  "format": "budgetnotat",\n  "version": 1,,\n  "case": {}\n}'), /ikke gyldig JSON .* linje 3, kolonne 16/],
  ['afkortet.budgetnotat', async () => Buffer.from('{"format": "budgetnotat", "version": 1, "case": {"meta": {'), /slutter midt i sagen/],
  ['nyere.budgetnotat', async () => Buffer.from('{"format": "budgetnotat", "version": 99, "case": {}}'), /nyere Budgetnotat \(filformat 99/],
  ['skema.budgetnotat', async () => Buffer.from('{"format": "budgetnotat", "version": 1, "case": {"meta": 5}}'), /Filen kan ikke læses: meta skal være et objekt, men er tallet 5/],
  ['billede.budgetnotat', () => readFile(new URL('../../build/icon.png', import.meta.url)), /den er et PNG-billede/],
  ['tom.budgetnotat', async () => Buffer.alloc(0), /filen er tom/],
];

test('a broken file shows what is wrong and leaves the open case untouched', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('kk-sydhavnen-2022');
  await sheet.type('IPS-konsulenter (BIF)', '2025', '2.000');
  await sheet.expectText('Udgifter i alt (netto)', 'Samlet', '10.142');
  const title = await page.getByTestId('doc-title').textContent();
  // "Unsaved changes, continue?" before the picker opens.
  page.on('dialog', (dialog) => void dialog.accept());

  for (const [name, bytes, message] of broken) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('tb-open').click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: await bytes() });
    const status = page.getByTestId('status');
    await expect(status).toContainText(`"${name}" kunne ikke åbnes.`);
    await expect(status).toContainText(message);
    await expect(status).toContainText('Den åbne sag er ikke ændret.');
    await expect(status).toHaveClass(/error/);
    await sheet.expectText('Udgifter i alt (netto)', 'Samlet', '10.142');
    await expect(page.getByTestId('doc-title')).toHaveText(title ?? '');
  }
  await sheet.shot('09-broken-file');
});
