import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPathOf, isCaseFilePath, MAX_CASE_FILE_BYTES, modifiedAtOf, readCaseFile, saveCaseFile } from '../../../../electron/files/case-files';
import { FileProblem } from '../../../../electron/files/file-errors';
import { tempDirs } from '../temp-dir';

const tempDir = tempDirs();

async function saved(file: string, text: string, expectedModifiedAt: number | null = null) {
  const result = await saveCaseFile(file, text, { expectedModifiedAt });
  if (result.kind !== 'saved') throw new Error(`expected a save, got ${result.kind}`);
  return result.file;
}

describe('case files', () => {
  it('saves a new file without a backup and reads it back with its modification time', async () => {
    const file = path.join(await tempDir(), 'Sag.budgetnotat');
    const result = await saved(file, '{"v":1}');
    expect(result).toEqual({ name: 'Sag.budgetnotat', handle: file, modifiedAt: await modifiedAtOf(file) });
    await expect(fs.access(backupPathOf(file))).rejects.toThrow();
    const opened = await readCaseFile(file);
    expect(opened).toEqual({ name: 'Sag.budgetnotat', handle: file, text: '{"v":1}', modifiedAt: result.modifiedAt });
    expect(Number.isInteger(opened.modifiedAt)).toBe(true);
  });

  it('keeps the previous version as .bak on every save', async () => {
    const file = path.join(await tempDir(), 'sag.budgetnotat');
    const first = await saved(file, 'version 1');
    const second = await saved(file, 'version 2', first.modifiedAt);
    expect(await fs.readFile(file, 'utf8')).toBe('version 2');
    expect(await fs.readFile(backupPathOf(file), 'utf8')).toBe('version 1');
    await saved(file, 'version 3', second.modifiedAt);
    expect(await fs.readFile(backupPathOf(file), 'utf8')).toBe('version 2');
  });

  it('refuses to overwrite a file changed on disk since it was opened', async () => {
    const file = path.join(await tempDir(), 'sag.budgetnotat');
    const mine = await saved(file, 'mine');
    await fs.writeFile(file, 'a colleague’s');
    // Whole seconds: utimes goes through floating-point seconds and may lose a millisecond.
    const later = new Date(Math.ceil((mine.modifiedAt ?? 0) / 1000) * 1000 + 5000);
    await fs.utimes(file, later, later);
    const result = await saveCaseFile(file, 'mine again', { expectedModifiedAt: mine.modifiedAt });
    expect(result).toEqual({ kind: 'changedOnDisk', file: { name: 'sag.budgetnotat', handle: file }, modifiedAt: later.getTime() });
    expect(await fs.readFile(file, 'utf8')).toBe('a colleague’s');
    // Overwriting on purpose (expectedModifiedAt null) still keeps their version as the backup.
    await saved(file, 'mine again');
    expect(await fs.readFile(backupPathOf(file), 'utf8')).toBe('a colleague’s');
  });

  it('writes a file that was deleted since it was opened', async () => {
    const file = path.join(await tempDir(), 'sag.budgetnotat');
    const first = await saved(file, 'one');
    await fs.rm(file);
    expect((await saved(file, 'two', first.modifiedAt)).name).toBe('sag.budgetnotat');
  });

  it('leaves no temporary files behind', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'sag.budgetnotat');
    await saved(file, 'a');
    await saved(file, 'b');
    expect((await fs.readdir(dir)).sort()).toEqual(['sag.budgetnotat', 'sag.budgetnotat.bak']);
  });

  it('strips a byte-order mark', async () => {
    const file = path.join(await tempDir(), 'bom.budgetnotat');
    await fs.writeFile(file, '\uFEFF{"a":1}');
    expect((await readCaseFile(file)).text).toBe('{"a":1}');
  });

  it('gives a Danish message naming the file when it is missing, a folder or too large', async () => {
    const dir = await tempDir();
    await expect(readCaseFile(path.join(dir, 'væk.budgetnotat'))).rejects.toThrow(/"væk.budgetnotat" findes ikke/);
    await expect(readCaseFile(dir)).rejects.toBeInstanceOf(FileProblem);
    const big = path.join(dir, 'stor.budgetnotat');
    await fs.writeFile(big, '');
    await fs.truncate(big, MAX_CASE_FILE_BYTES + 1);
    await expect(readCaseFile(big)).rejects.toThrow(/fylder .* MB; Budgetnotat åbner højst 64 MB/);
  });

  it('fails a save into a missing folder with a message, not a stack', async () => {
    const file = path.join(await tempDir(), 'mangler', 'sag.budgetnotat');
    await expect(saveCaseFile(file, 'x', { expectedModifiedAt: null })).rejects.toThrow(/Mappen til "sag.budgetnotat" findes ikke/);
  });

  it('recognises the extension in any case', () => {
    expect(isCaseFilePath('/a/B.BUDGETNOTAT')).toBe(true);
    expect(isCaseFilePath('/a/b.budgetnotat.bak')).toBe(false);
  });
});
