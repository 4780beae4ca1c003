/**
 * Opening and saving `.budgetnotat` files. A save keeps the previous version beside the file as
 * `<name>.bak` and replaces the file atomically, so a kill at any moment leaves the old file or the
 * new one, and the one before that survives too. A file changed on disk since it was opened (its
 * modification time differs from the one the renderer was given) is not overwritten silently: the
 * caller gets `changedOnDisk` and asks the user.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { OpenedCaseFile, SaveCaseResult } from '../../shared/host';
import { atomicWrite } from './atomic-write';
import { describeFileError } from './file-errors';
import { readFileLimited } from './read-limited';

export const CASE_EXTENSION = '.budgetnotat';
export const MAX_CASE_FILE_BYTES = 64 * 1024 * 1024;


export function backupPathOf(filePath: string): string {
  return `${filePath}.bak`;
}

export function isCaseFilePath(filePath: string): boolean {
  return filePath.toLowerCase().endsWith(CASE_EXTENSION);
}

export async function readCaseFile(filePath: string): Promise<OpenedCaseFile> {
  const { bytes, modifiedAt } = await readFileLimited(filePath, MAX_CASE_FILE_BYTES);
  // Some editors prepend a byte-order mark; JSON.parse would reject the file for it.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return { name: path.basename(filePath), handle: filePath, text, modifiedAt };
}

/** Whole milliseconds since epoch, or null when there is no such file. */
export async function modifiedAtOf(filePath: string): Promise<number | null> {
  try {
    return Math.trunc((await fs.stat(filePath)).mtimeMs);
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

/**
 * Saves `text` to `filePath`. With `expectedModifiedAt` null the file is written whatever is on
 * disk (a new file, or the user chose to overwrite).
 */
export async function saveCaseFile(filePath: string, text: string, options: { expectedModifiedAt: number | null }): Promise<SaveCaseResult> {
  const name = path.basename(filePath);
  try {
    const current = await modifiedAtOf(filePath);
    if (current !== null && options.expectedModifiedAt !== null && current !== options.expectedModifiedAt) {
      return { kind: 'changedOnDisk', file: { name, handle: filePath }, modifiedAt: current };
    }
    if (current !== null) await atomicWrite(backupPathOf(filePath), await fs.readFile(filePath));
    await atomicWrite(filePath, text);
    const modifiedAt = await modifiedAtOf(filePath);
    return { kind: 'saved', file: { name, handle: filePath, modifiedAt } };
  } catch (e) {
    throw describeFileError(e, name, 'write');
  }
}

function isMissing(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && e.code === 'ENOENT';
}
