import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponse } from '../../../electron/app-protocol';
import { APP_ENTRY_URL, contentTypeFor, isAppUrl, resolveAppAsset } from '../../../electron/app-url';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { tempDirs } from './temp-dir';

const tempDir = tempDirs();

async function builtRenderer(): Promise<string> {
  const root = path.join(await tempDir(), 'renderer');
  await fs.mkdir(path.join(root, 'assets'), { recursive: true });
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Budgetnotat</title>');
  await fs.writeFile(path.join(root, 'assets', 'index-1.js'), 'console.log(1)');
  await fs.writeFile(path.join(path.dirname(root), 'secret.txt'), 'not for the page');
  return root;
}

describe('app:// URLs', () => {
  it('recognises only our own origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://budgetnotat')).toBe(true);
    expect(isAppUrl('app://budgetnotat.evil/index.html')).toBe(false);
    expect(isAppUrl('https://budgetnotat/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('resolves files under the root and nothing outside it', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveAppAsset(root, 'app://budgetnotat/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://budgetnotat/assets/a.js?v=1#x')).toBe(path.join(root, 'assets', 'a.js'));
    expect(resolveAppAsset(root, 'app://budgetnotat/%E6%F8%E5.png')).toBeNull();
    expect(resolveAppAsset(root, 'app://budgetnotat/%C3%A6.png')).toBe(path.join(root, 'æ.png'));
    for (const evil of ['app://budgetnotat/../secret.txt', 'app://budgetnotat/%2e%2e/secret.txt', 'app://budgetnotat/assets/..%2F..%2Fsecret.txt', 'app://budgetnotat/..%5Csecret.txt', 'app://budgetnotat/a%00.js', 'app://other/index.html']) {
      expect(resolveAppAsset(root, evil), evil).not.toBe(path.resolve(root, '..', 'secret.txt'));
      const resolved = resolveAppAsset(root, evil);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep), evil).toBe(true);
    }
  });

  it('serves JavaScript with a JavaScript type (module scripts need it)', () => {
    expect(contentTypeFor('/a/index-1.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/a/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('the app protocol handler', () => {
  it('serves the page with the CSP header and nosniff', async () => {
    const root = await builtRenderer();
    const res = await appResponse(root, { url: APP_ENTRY_URL, method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<title>Budgetnotat</title>');
  });

  it('serves assets', async () => {
    const root = await builtRenderer();
    const res = await appResponse(root, { url: 'app://budgetnotat/assets/index-1.js', method: 'GET' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files and paths outside the root, 405 for writes', async () => {
    const root = await builtRenderer();
    expect((await appResponse(root, { url: 'app://budgetnotat/missing.js', method: 'GET' })).status).toBe(404);
    expect((await appResponse(root, { url: 'app://budgetnotat/assets', method: 'GET' })).status).toBe(404);
    const escape = await appResponse(root, { url: 'app://budgetnotat/%2e%2e/secret.txt', method: 'GET' });
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('not for the page');
    expect((await appResponse(root, { url: APP_ENTRY_URL, method: 'POST' })).status).toBe(405);
  });
});
