/** The page in the real window: sandboxed, no Node, no navigation, only the host contract. */
import { expect, test } from '@playwright/test';
import { windowCount, useRunningApp } from './electron-app';

const current = useRunningApp();

type PageGlobals = { require?: unknown; process?: unknown; budgetnotatHost?: Record<string, unknown>; open(url: string): unknown; location: { href: string } };

test('the page is served from app://budgetnotat and has no Node', async () => {
  const { page } = current();
  expect(page.url()).toBe('app://budgetnotat/index.html');
  const globals = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    return { require: typeof g.require, process: typeof g.process, host: Object.keys(g.budgetnotatHost ?? {}).sort() };
  });
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', host: ['invoke', 'kind', 'onMenuCommand', 'onOpenFile'] });
});

test('navigation away and window.open are denied', async () => {
  const { app, page } = current();
  const opened = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/'));
  expect(opened).toBeNull();
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://budgetnotat/index.html');
  expect(await windowCount(app)).toBe(1);
});

test('the host refuses an operation with bad arguments', async () => {
  const { page } = current();
  const message = await page.evaluate(async () => {
    const host = (globalThis as unknown as { budgetnotatHost: { invoke(op: string, ...args: unknown[]): Promise<unknown> } }).budgetnotatHost;
    try {
      await host.invoke('discardRecovery', { id: '../../etc/passwd' });
      return 'accepted';
    } catch (e) {
      return (e as Error).message;
    }
  });
  expect(message).toMatch(/^discardRecovery: ugyldige argumenter/);
});
