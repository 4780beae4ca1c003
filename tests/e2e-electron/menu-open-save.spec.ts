/** Filer > Åbn, Gem, Gem som and Åbn seneste, through the native menu and (scripted) dialogs. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { answerOpenDialog, answerSaveDialog, clickMenu, windowTitle, writeCaseFile, useRunningApp } from './electron-app';

const current = useRunningApp();

test('Åbn opens the file picked in the dialog', async () => {
  const { app, page, folder } = current();
  const file = await writeCaseFile(folder, 'Rebild.budgetnotat');
  await answerOpenDialog(app, file);
  await clickMenu(app, 'open');
  await expect(page.getByTestId('status')).toContainText('Rebild.budgetnotat');
  await expect.poll(() => windowTitle(app)).toContain('Budgetnotat');
  await expect.poll(() => windowTitle(app)).not.toMatch(/^•/);
});

test('Åbn with a cancelled dialog changes nothing', async () => {
  const { app, page } = current();
  const before = await page.getByTestId('status').textContent();
  await answerOpenDialog(app, null);
  await clickMenu(app, 'open');
  await page.waitForTimeout(300);
  expect(await page.getByTestId('status').textContent()).toBe(before);
});

test('Gem writes an opened file in place and keeps the previous version as .bak', async () => {
  const { app, page, folder } = current();
  const file = await writeCaseFile(folder, 'Sag.budgetnotat');
  const original = await readFile(file, 'utf8');
  await answerOpenDialog(app, file);
  await clickMenu(app, 'open');
  await expect(page.getByTestId('status')).toContainText('Sag.budgetnotat');
  await clickMenu(app, 'save');
  await expect.poll(async () => (await stat(`${file}.bak`).catch(() => null)) !== null).toBe(true);
  expect(await readFile(`${file}.bak`, 'utf8')).toBe(original);
  expect(JSON.parse(await readFile(file, 'utf8'))).toBeTruthy();
});

test('Gem som writes where the dialog says and lists the file under Åbn seneste', async () => {
  const { app, page, folder } = current();
  const file = await writeCaseFile(folder, 'Kilde.budgetnotat');
  await answerOpenDialog(app, file);
  await clickMenu(app, 'open');
  await expect(page.getByTestId('status')).toContainText('Kilde.budgetnotat');
  const copy = path.join(folder, 'Kopi');
  await answerSaveDialog(app, copy);
  await clickMenu(app, 'saveAs');
  await expect.poll(async () => (await stat(`${copy}.budgetnotat`).catch(() => null)) !== null).toBe(true);
  const recent = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('openRecent:0')?.label ?? '');
  expect(recent).toBe('Kopi.budgetnotat');
});
