/**
 * Autosaved unsaved work, one JSON file per editing session in the folder it is given (the app
 * data folder's `recovery/` in the app). After a crash the renderer lists what is left and offers
 * to restore it. A file that cannot be read or does not match the schema is skipped, never shown;
 * so is a recovery older than the case file it belongs to, which a later save has made stale (it is
 * left on disk, not deleted: the offer is what changes, never the user's data).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Recovery } from '../../shared/host';
import { atomicWrite } from './atomic-write';
import { modifiedAtOf } from './case-files';
import { RECOVERY_ID, recoverySchema } from './schemas';

const EXTENSION = '.json';

function fileOf(folder: string, id: string): string {
  // WARNING: the id becomes a file name; without this check "../x" would escape the folder.
  if (!RECOVERY_ID.test(id)) throw new Error(`Ugyldigt gendannelses-id: ${JSON.stringify(id)}`);
  return path.join(folder, `${id}${EXTENSION}`);
}

export async function writeRecovery(folder: string, recovery: Recovery): Promise<void> {
  const target = fileOf(folder, recovery.id);
  await fs.mkdir(folder, { recursive: true });
  await atomicWrite(target, JSON.stringify(recovery));
}

export async function listRecoveries(folder: string): Promise<Recovery[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const found: Recovery[] = [];
  // Names starting with "." are atomicWrite's temporary files, possibly left by a kill.
  for (const name of names.filter((n) => n.endsWith(EXTENSION) && !n.startsWith('.'))) {
    const recovery = await readOne(path.join(folder, name));
    if (recovery && `${recovery.id}${EXTENSION}` === name && (await newerThanItsFile(recovery))) found.push(recovery);
  }
  return found.sort((a, b) => b.savedAt - a.savedAt);
}

export async function discardRecovery(folder: string, id: string): Promise<void> {
  await fs.rm(fileOf(folder, id), { force: true });
}

/** True for work never saved, or saved to a file that is older than the autosave (or gone). */
async function newerThanItsFile(recovery: Recovery): Promise<boolean> {
  const handle = recovery.file?.handle;
  if (!handle) return true;
  const modifiedAt = await modifiedAtOf(handle).catch(() => null);
  return modifiedAt === null || recovery.savedAt > modifiedAt;
}

async function readOne(filePath: string): Promise<Recovery | null> {
  try {
    const parsed = recoverySchema.safeParse(JSON.parse(await fs.readFile(filePath, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
