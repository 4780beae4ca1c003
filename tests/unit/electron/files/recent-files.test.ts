import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clearRecentFiles,
  forgetRecentFile,
  MAX_RECENT_FILES,
  pathKey,
  readRecentFiles,
  RECENT_FILES_NAME,
  rememberRecentFile,
  withRecentFile,
} from '../../../../electron/files/recent-files';
import { tempDirs } from '../temp-dir';

const tempDir = tempDirs();

describe('recent files', () => {
  it('lists newest first, without duplicates', async () => {
    const dir = await tempDir();
    await rememberRecentFile(dir, '/sager/a.budgetnotat', 1);
    await rememberRecentFile(dir, '/sager/b.budgetnotat', 2);
    await rememberRecentFile(dir, '/sager/a.budgetnotat', 3);
    expect(await readRecentFiles(dir)).toEqual([
      { name: 'a.budgetnotat', handle: '/sager/a.budgetnotat', openedAt: 3 },
      { name: 'b.budgetnotat', handle: '/sager/b.budgetnotat', openedAt: 2 },
    ]);
  });

  it(`keeps at most ${MAX_RECENT_FILES}`, async () => {
    const dir = await tempDir();
    for (let i = 0; i < MAX_RECENT_FILES + 5; i++) await rememberRecentFile(dir, `/sager/${i}.budgetnotat`, i);
    const list = await readRecentFiles(dir);
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]?.name).toBe(`${MAX_RECENT_FILES + 4}.budgetnotat`);
  });

  it('treats paths differing only in case as one file on Windows and macOS, not on Linux', () => {
    const a = { name: 'Sag.budgetnotat', handle: '/x/Sag.budgetnotat', openedAt: 1 };
    const b = { name: 'sag.budgetnotat', handle: '/x/sag.budgetnotat', openedAt: 2 };
    expect(withRecentFile([a], b, 'darwin')).toEqual([b]);
    expect(withRecentFile([a], b, 'linux')).toEqual([b, a]);
    expect(pathKey('C:/Sager/A.budgetnotat', 'win32')).toBe(pathKey('c:/sager/a.BUDGETNOTAT', 'win32'));
  });

  it('forgets one file and clears all', async () => {
    const dir = await tempDir();
    await rememberRecentFile(dir, '/a.budgetnotat', 1);
    await rememberRecentFile(dir, '/b.budgetnotat', 2);
    expect((await forgetRecentFile(dir, '/a.budgetnotat')).map((f) => f.handle)).toEqual(['/b.budgetnotat']);
    await clearRecentFiles(dir);
    expect(await readRecentFiles(dir)).toEqual([]);
  });

  it('reads a missing, broken or tampered list as empty', async () => {
    const dir = await tempDir();
    expect(await readRecentFiles(dir)).toEqual([]);
    await fs.writeFile(path.join(dir, RECENT_FILES_NAME), '{ not json');
    expect(await readRecentFiles(dir)).toEqual([]);
    await fs.writeFile(path.join(dir, RECENT_FILES_NAME), JSON.stringify([{ name: 'x', handle: 42, openedAt: 1 }]));
    expect(await readRecentFiles(dir)).toEqual([]);
  });
});
