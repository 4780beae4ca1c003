/**
 * What killed saves leave beside a file (a temporary file each) is cleared by the next save, but
 * only when it is old and its process is gone: a save in progress elsewhere is never touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite } from '../../../../electron/files/atomic-write';

const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('atomicWrite', () => {
  it('replaces the file and clears old temporary files of finished processes, and only those', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-atomic-'));
    const target = path.join(dir, 'sag.budgetnotat');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    const stale = `.sag.budgetnotat.${deadPid()}.0badc0de.tmp`;
    const recent = `.sag.budgetnotat.${deadPid()}.1badc0de.tmp`;
    const running = `.sag.budgetnotat.${process.ppid}.2badc0de.tmp`;
    const otherFile = `.andet.budgetnotat.${deadPid()}.3badc0de.tmp`;
    for (const name of [stale, recent, running, otherFile]) await writeFile(path.join(dir, name), 'halv');
    for (const name of [stale, running, otherFile]) await utimes(path.join(dir, name), hourAgo, hourAgo);
    await atomicWrite(target, 'ny');
    expect(await readFile(target, 'utf8')).toBe('ny');
    expect((await readdir(dir)).sort()).toEqual([otherFile, recent, running, 'sag.budgetnotat'].sort());
  });
});
