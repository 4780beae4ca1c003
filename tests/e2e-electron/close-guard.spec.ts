/** Closing with unsaved changes asks "Gem ændringer?" and does what the answer says. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { answerMessageBoxes, answerSaveDialog, clickMenu, makeDirtyCase, shownMessages, windowCount, windowTitle, useRunningApp } from './electron-app';

const current = useRunningApp();

test('a clean document closes without asking', async () => {
  const { app } = current();
  await answerMessageBoxes(app, 2);
  const closed = app.waitForEvent('close');
  await clickMenu(app, 'closeWindow');
  await closed;
});

test('"Annullér" keeps the window and the changes', async () => {
  const { app, page } = current();
  await makeDirtyCase(page);
  await expect.poll(() => windowTitle(app)).toMatch(/^• /);
  await answerMessageBoxes(app, 2);
  await clickMenu(app, 'closeWindow');
  await expect.poll(() => shownMessages(app)).toEqual(['Gem ændringer?']);
  expect(await windowCount(app)).toBe(1);
  expect(await windowTitle(app)).toMatch(/^• /);
});

test('"Gem ikke" closes and quits', async () => {
  const { app, page } = current();
  await makeDirtyCase(page);
  await expect.poll(() => windowTitle(app)).toMatch(/^• /);
  await answerMessageBoxes(app, 1);
  const closed = app.waitForEvent('close');
  await clickMenu(app, 'closeWindow');
  await closed;
});

test('"Gem" saves through the save dialog, then closes', async () => {
  const { app, page, folder } = current();
  await makeDirtyCase(page);
  await expect.poll(() => windowTitle(app)).toMatch(/^• /);
  const target = path.join(folder, 'Gemt ved lukning.budgetnotat');
  await answerSaveDialog(app, target);
  await answerMessageBoxes(app, 0);
  const closed = app.waitForEvent('close');
  await clickMenu(app, 'closeWindow');
  await closed;
  expect((await stat(target)).size).toBeGreaterThan(0);
});
