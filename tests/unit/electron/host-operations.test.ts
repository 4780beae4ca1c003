/** The host operations as the main process runs them, with scripted dialogs, on real temp files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPathOf } from '../../../electron/files/case-files';
import { readRecentFiles, rememberRecentFile } from '../../../electron/files/recent-files';
import { createHostOperations, MAX_WORKBOOK_BYTES } from '../../../electron/host-operations';
import { setupHostOperations as setup } from './host-fixture';
import type { SaveCaseResult, SavedFile } from '../../../shared/host';

/** The file a save wrote; fails the test when it wrote none. */
function savedFile(result: SaveCaseResult | null): SavedFile {
  if (result?.kind !== 'saved') throw new Error(`expected a save, got ${JSON.stringify(result)}`);
  return result.file;
}

const saveArgs = (over: Partial<Parameters<ReturnType<typeof createHostOperations>['saveCase']>[0]> = {}) => ({
  file: null,
  suggestedName: 'Rebild IPS',
  text: '{"case":1}',
  saveAs: false,
  expectedModifiedAt: null,
  ...over,
});

describe('openCase', () => {
  it('opens what the user picks, grants it and remembers it', async () => {
    const s = await setup();
    const file = path.join(s.documents, 'a.budgetnotat');
    await fs.writeFile(file, '{"a":1}');
    s.dialogs.chooseCaseToOpen.mockResolvedValueOnce(file);
    const opened = await s.ops.openCase({});
    expect(opened).toMatchObject({ name: 'a.budgetnotat', handle: file, text: '{"a":1}' });
    expect(s.grants.isGranted(file)).toBe(true);
    expect((await readRecentFiles(s.settings)).map((f) => f.handle)).toEqual([file]);
    expect(s.recentChanged).toHaveBeenCalledOnce();
  });

  it('returns null when the dialog is cancelled', async () => {
    const s = await setup();
    expect(await s.ops.openCase({})).toBeNull();
  });

  it('refuses a path the user never chose, without reading it', async () => {
    const s = await setup();
    const secret = path.join(s.root, 'secret.budgetnotat');
    await fs.writeFile(secret, 'private');
    await expect(s.ops.openCase({ handle: secret })).rejects.toThrow(/kan kun åbnes fra Åbn-dialogen/);
    expect(s.dialogs.chooseCaseToOpen).not.toHaveBeenCalled();
  });

  it('opens a recent file directly, and forgets one that has gone', async () => {
    const s = await setup();
    const kept = path.join(s.documents, 'kept.budgetnotat');
    const gone = path.join(s.documents, 'gone.budgetnotat');
    await fs.writeFile(kept, '{}');
    await rememberRecentFile(s.settings, gone, 1);
    await rememberRecentFile(s.settings, kept, 2);
    await s.ops.recentFiles();
    expect((await s.ops.openCase({ handle: kept }))?.handle).toBe(kept);
    await expect(s.ops.openCase({ handle: gone })).rejects.toThrow(/findes ikke/);
    expect((await readRecentFiles(s.settings)).map((f) => f.handle)).toEqual([kept]);
  });
});

describe('saveCase', () => {
  it('asks where a new case goes, starting in Documents with the title as name', async () => {
    const s = await setup();
    const target = path.join(s.documents, 'valgt');
    s.dialogs.chooseCaseSavePath.mockResolvedValueOnce(target);
    const saved = savedFile(await s.ops.saveCase(saveArgs()));
    expect(s.dialogs.chooseCaseSavePath).toHaveBeenCalledWith(path.join(s.documents, 'Rebild IPS.budgetnotat'));
    expect(saved).toMatchObject({ name: 'valgt.budgetnotat', handle: `${target}.budgetnotat` });
    expect(await fs.readFile(`${target}.budgetnotat`, 'utf8')).toBe('{"case":1}');
    expect(s.grants.isGranted(`${target}.budgetnotat`)).toBe(true);
  });

  it('saves a granted file in place, keeping a backup, without a dialog', async () => {
    const s = await setup();
    const file = path.join(s.documents, 'sag.budgetnotat');
    s.dialogs.chooseCaseSavePath.mockResolvedValueOnce(file);
    const first = savedFile(await s.ops.saveCase(saveArgs({ text: 'v1' })));
    const second = savedFile(await s.ops.saveCase(saveArgs({ file: first, text: 'v2', expectedModifiedAt: first.modifiedAt })));
    expect(second.handle).toBe(file);
    expect(s.dialogs.chooseCaseSavePath).toHaveBeenCalledOnce();
    expect(await fs.readFile(backupPathOf(file), 'utf8')).toBe('v1');
  });

  it('offers a dialog, next to the file, for a path the user never chose', async () => {
    const s = await setup();
    const foreign = path.join(s.root, 'elsewhere', 'x.budgetnotat');
    await s.ops.saveCase(saveArgs({ file: { name: 'x.budgetnotat', handle: foreign } }));
    expect(s.dialogs.chooseCaseSavePath).toHaveBeenCalledWith(path.join(s.root, 'elsewhere', 'Rebild IPS.budgetnotat'));
    await expect(fs.access(foreign)).rejects.toThrow();
  });

  it('"Gem som" always asks', async () => {
    const s = await setup();
    const file = path.join(s.documents, 'sag.budgetnotat');
    s.grants.grant(file);
    await s.ops.saveCase(saveArgs({ file: { name: 'sag.budgetnotat', handle: file }, saveAs: true }));
    expect(s.dialogs.chooseCaseSavePath).toHaveBeenCalledOnce();
  });

  describe('when the file changed on disk', () => {
    async function conflicted() {
      const s = await setup();
      const file = path.join(s.documents, 'sag.budgetnotat');
      s.dialogs.chooseCaseSavePath.mockResolvedValueOnce(file);
      const mine = savedFile(await s.ops.saveCase(saveArgs({ text: 'mine' })));
      await fs.writeFile(file, 'theirs');
      // Whole seconds: utimes goes through floating-point seconds and may lose a millisecond.
      const later = new Date(Math.ceil((mine.modifiedAt ?? 0) / 1000) * 1000 + 10_000);
      await fs.utimes(file, later, later);
      const again = saveArgs({ file: mine, text: 'mine 2', expectedModifiedAt: mine.modifiedAt });
      return { s, file, again, later };
    }

    it('writes nothing and reports the change, for the renderer to ask', async () => {
      const { s, file, again, later } = await conflicted();
      expect(await s.ops.saveCase(again)).toEqual({ kind: 'changedOnDisk', file: { name: 'sag.budgetnotat', handle: file }, modifiedAt: later.getTime() });
      expect(await fs.readFile(file, 'utf8')).toBe('theirs');
      await expect(fs.access(backupPathOf(file))).rejects.toThrow();
      expect(s.closeGuard.saveAbandoned).toHaveBeenCalledOnce();
    });

    it('overwrites when asked again without an expected time, keeping theirs as the backup', async () => {
      const { s, file, again } = await conflicted();
      expect(savedFile(await s.ops.saveCase({ ...again, expectedModifiedAt: null })).handle).toBe(file);
      expect(await fs.readFile(file, 'utf8')).toBe('mine 2');
      expect(await fs.readFile(backupPathOf(file), 'utf8')).toBe('theirs');
    });

    it('"Gem som" writes ours elsewhere and leaves theirs alone', async () => {
      const { s, file, again } = await conflicted();
      const other = path.join(s.documents, 'min udgave.budgetnotat');
      s.dialogs.chooseCaseSavePath.mockResolvedValueOnce(other);
      expect(savedFile(await s.ops.saveCase({ ...again, saveAs: true })).handle).toBe(other);
      expect(await fs.readFile(file, 'utf8')).toBe('theirs');
      expect(await fs.readFile(other, 'utf8')).toBe('mine 2');
    });

    it('reloads their version through openCase, the file being granted', async () => {
      const { s, file } = await conflicted();
      expect(await s.ops.openCase({ handle: file })).toMatchObject({ handle: file, text: 'theirs' });
    });
  });

  it('tells the close guard when a save ends without saving', async () => {
    const s = await setup();
    expect(await s.ops.saveCase(saveArgs())).toBeNull();
    expect(s.closeGuard.saveAbandoned).toHaveBeenCalledOnce();
    s.dialogs.chooseCaseSavePath.mockResolvedValueOnce(path.join(s.root, 'missing-folder', 'x.budgetnotat'));
    await expect(s.ops.saveCase(saveArgs())).rejects.toThrow(/findes ikke/);
    expect(s.closeGuard.saveAbandoned).toHaveBeenCalledTimes(2);
  });
});

describe('workbooks and exports', () => {
  it('reads the picked workbook as bytes', async () => {
    const s = await setup();
    const file = path.join(s.documents, 'gammel sag.xlsx');
    await fs.writeFile(file, Buffer.from([80, 75, 3, 4]));
    s.dialogs.chooseWorkbook.mockResolvedValueOnce(file);
    const picked = await s.ops.pickWorkbook();
    expect(picked?.name).toBe('gammel sag.xlsx');
    expect([...(picked?.bytes ?? [])]).toEqual([80, 75, 3, 4]);
    expect(picked?.bytes).toBeInstanceOf(Uint8Array);
  });

  it('refuses an oversized workbook unread', async () => {
    const s = await setup();
    const file = path.join(s.documents, 'kæmpe.xlsx');
    await fs.writeFile(file, '');
    await fs.truncate(file, MAX_WORKBOOK_BYTES + 1);
    s.dialogs.chooseWorkbook.mockResolvedValueOnce(file);
    await expect(s.ops.pickWorkbook()).rejects.toThrow(/kæmpe.xlsx" fylder/);
  });

  it('writes an export where the user confirms, as .xlsx', async () => {
    const s = await setup();
    s.dialogs.chooseExportPath.mockResolvedValueOnce(path.join(s.documents, 'notat'));
    const saved = await s.ops.saveExport({ suggestedName: 'Budgetnotat: IPS/Rebild', bytes: new Uint8Array([1, 2, 3]) });
    expect(s.dialogs.chooseExportPath).toHaveBeenCalledWith(path.join(s.documents, 'Budgetnotat IPS Rebild.xlsx'));
    expect(saved).toEqual({ name: 'notat.xlsx', handle: path.join(s.documents, 'notat.xlsx') });
    expect([...(await fs.readFile(path.join(s.documents, 'notat.xlsx')))]).toEqual([1, 2, 3]);
  });
});

describe('recovery and document state', () => {
  it('writes, lists and discards recovery files in the recovery folder', async () => {
    const s = await setup();
    const recovery = { id: 'r1', title: 'Sag', file: null, savedAt: 5, text: '{}' };
    await s.ops.writeRecovery(recovery);
    expect(await s.ops.listRecoveries()).toEqual([recovery]);
    expect(await fs.readdir(path.join(s.settings, 'recovery'))).toEqual(['r1.json']);
    await s.ops.discardRecovery({ id: 'r1' });
    expect(await s.ops.listRecoveries()).toEqual([]);
  });

  it('passes the document state to the close guard and the window title', async () => {
    const s = await setup();
    await s.ops.setDocumentState({ title: 'Sag', dirty: true });
    expect(s.closeGuard.documentState).toHaveBeenCalledWith({ title: 'Sag', dirty: true });
    expect(s.documentStateChanged).toHaveBeenCalledWith({ title: 'Sag', dirty: true });
  });
});
