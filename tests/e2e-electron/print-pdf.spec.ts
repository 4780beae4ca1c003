/**
 * Filer > Udskriv / Gem som PDF in the desktop app: the first click opens the print preview, the
 * second prints it with webContents.printToPDF to the file the (scripted) save dialog names.
 * Aarhus' note is two landscape A4 pages (its table has ten amount columns; the views need
 * landscape for the business case's eight), as the browser edition's print test finds too.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { answerSaveDialog, clickMenu, useRunningApp } from './electron-app';

const current = useRunningApp();

test('prints the note to a PDF where the dialog says, page-numbered A4 landscape', async () => {
  const { app, page, folder } = current();
  await page.getByTestId('template-aarhus-ips-2022').check();
  await page.getByTestId('create-case').click();
  await clickMenu(app, 'printNote');
  await expect(page.getByTestId('print-preview')).toBeVisible();
  await expect(page.getByTestId('note-title')).toHaveText('Din vej i job (udvidet IPS-indsats)');

  const target = path.join(folder, 'notat');
  await answerSaveDialog(app, target);
  await clickMenu(app, 'printNote');
  await expect(page.getByTestId('status')).toHaveText('Budgetnotatet er gemt som notat.pdf.');
  const file = `${target}.pdf`;
  expect(new TextDecoder().decode((await readFile(file)).subarray(0, 5))).toBe('%PDF-');
  const info = (await promisify(execFile)('pdfinfo', ['-f', '1', '-l', '9', file])).stdout;
  expect(/^Pages:\s+(\d+)/m.exec(info)?.[1]).toBe('2');
  expect([...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].every((m) => Number(m[1]) > Number(m[2]))).toBe(true);
  const text = (await promisify(execFile)('pdftotext', ['-layout', file, '-'])).stdout;
  expect(text).toContain('Side 2 af 2');
  expect(text).not.toContain('Kopiér tabel til Word');
});

test('a cancelled dialog writes nothing and says so', async () => {
  const { app, page } = current();
  await page.getByTestId('template-kk-ips-2017').check();
  await page.getByTestId('create-case').click();
  await clickMenu(app, 'printNote');
  await answerSaveDialog(app, null);
  await page.getByTestId('print-now').click();
  await expect(page.getByTestId('status')).toHaveText('PDF-filen blev ikke gemt.');
});
