import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Recovery } from '../../../../shared/host';
import { discardRecovery, listRecoveries, writeRecovery } from '../../../../electron/files/recovery-store';
import { tempDirs } from '../temp-dir';

const tempDir = tempDirs();

const recovery = (id: string, savedAt: number): Recovery => ({
  id,
  title: `Sag ${id}`,
  file: { name: 'sag.budgetnotat', handle: '/sager/sag.budgetnotat' },
  savedAt,
  text: `{"id":"${id}"}`,
});

describe('recovery store', () => {
  it('writes, lists newest first, and discards', async () => {
    const folder = path.join(await tempDir(), 'recovery');
    await writeRecovery(folder, recovery('a', 1));
    await writeRecovery(folder, recovery('b', 2));
    await writeRecovery(folder, { ...recovery('a', 3), text: 'newer' });
    const listed = await listRecoveries(folder);
    expect(listed.map((r) => [r.id, r.savedAt, r.text])).toEqual([['a', 3, 'newer'], ['b', 2, '{"id":"b"}']]);
    expect(listed[1]).toEqual(recovery('b', 2));
    await discardRecovery(folder, 'a');
    await discardRecovery(folder, 'never-written');
    expect((await listRecoveries(folder)).map((r) => r.id)).toEqual(['b']);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await listRecoveries(path.join(await tempDir(), 'none'))).toEqual([]);
  });

  it('skips broken, foreign, renamed and temporary files', async () => {
    const folder = await tempDir();
    await writeRecovery(folder, recovery('good', 1));
    await fs.writeFile(path.join(folder, 'broken.json'), '{');
    await fs.writeFile(path.join(folder, 'wrong.json'), JSON.stringify({ id: 'wrong', title: 1 }));
    await fs.writeFile(path.join(folder, 'renamed.json'), JSON.stringify(recovery('other', 2)));
    await fs.writeFile(path.join(folder, '.good.json.123.tmp'), 'x');
    await fs.writeFile(path.join(folder, 'notes.txt'), 'x');
    expect((await listRecoveries(folder)).map((r) => r.id)).toEqual(['good']);
  });

  it('refuses ids that would leave the folder', async () => {
    const folder = await tempDir();
    await expect(writeRecovery(folder, recovery('../escape', 1))).rejects.toThrow(/Ugyldigt/);
    await expect(discardRecovery(folder, '../../etc/passwd')).rejects.toThrow(/Ugyldigt/);
    expect(await fs.readdir(path.dirname(folder))).not.toContain('escape.json');
  });

  it('offers only work newer than the file it belongs to, and keeps the stale rest on disk', async () => {
    const folder = await tempDir();
    const cases = await tempDir();
    const fileAt = async (name: string, modifiedAt: number) => {
      const file = path.join(cases, name);
      await fs.writeFile(file, '{}');
      await fs.utimes(file, modifiedAt / 1000, modifiedAt / 1000);
      return { name, handle: file };
    };
    const t = 1_700_000_000_000;
    await writeRecovery(folder, { ...recovery('unsaved-since', t), file: await fileAt('gemt før.budgetnotat', t - 60_000) });
    await writeRecovery(folder, { ...recovery('saved-after', t), file: await fileAt('gemt efter.budgetnotat', t + 60_000) });
    await writeRecovery(folder, { ...recovery('file-gone', t), file: { name: 'væk.budgetnotat', handle: path.join(cases, 'væk.budgetnotat') } });
    await writeRecovery(folder, { ...recovery('never-saved', t - 1), file: null });
    expect((await listRecoveries(folder)).map((r) => r.id).sort()).toEqual(['file-gone', 'never-saved', 'unsaved-since']);
    expect(await fs.readdir(folder)).toContain('saved-after.json');
  });
});
