/**
 * The recent-files list behind Filer > Åbn seneste: newest first, one entry per file, at most
 * MAX_RECENT_FILES. Stored as JSON in the folder it is given (the app data folder in the app, a temp
 * folder in tests).
 */
import path from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/host';
import { readJsonOrNull, writeJson } from './json-file';
import { recentFileSchema } from './schemas';

export const MAX_RECENT_FILES = 10;
export const RECENT_FILES_NAME = 'recent-files.json';

const storedSchema = z.array(recentFileSchema);

/** The identity of a path: Windows and macOS file systems ignore case, Linux does not. */
export function pathKey(filePath: string, platform: NodeJS.Platform = process.platform): string {
  const resolved = path.resolve(filePath);
  return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

export function withRecentFile(list: readonly RecentFile[], entry: RecentFile, platform: NodeJS.Platform = process.platform): RecentFile[] {
  const key = pathKey(entry.handle, platform);
  return [entry, ...list.filter((f) => pathKey(f.handle, platform) !== key)].slice(0, MAX_RECENT_FILES);
}

export async function readRecentFiles(folder: string): Promise<RecentFile[]> {
  const parsed = storedSchema.safeParse(await readJsonOrNull(path.join(folder, RECENT_FILES_NAME)));
  return parsed.success ? parsed.data.slice(0, MAX_RECENT_FILES) : [];
}

export async function rememberRecentFile(folder: string, filePath: string, now: number = Date.now()): Promise<RecentFile[]> {
  const next = withRecentFile(await readRecentFiles(folder), { name: path.basename(filePath), handle: filePath, openedAt: now });
  await writeJson(path.join(folder, RECENT_FILES_NAME), next);
  return next;
}

export async function forgetRecentFile(folder: string, filePath: string): Promise<RecentFile[]> {
  const key = pathKey(filePath);
  const next = (await readRecentFiles(folder)).filter((f) => pathKey(f.handle) !== key);
  await writeJson(path.join(folder, RECENT_FILES_NAME), next);
  return next;
}

export async function clearRecentFiles(folder: string): Promise<void> {
  await writeJson(path.join(folder, RECENT_FILES_NAME), []);
}
