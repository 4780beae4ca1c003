/**
 * Autosaved unsaved work, one JSON file per editing session in the folder it is given (the app
 * data folder's `recovery/` in the app). After a crash the renderer lists what is left and offers
 * to restore it. A file that cannot be read or does not match the schema is skipped, never shown.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Recovery } from '../../shared/host';
import { atomicWrite } from './atomic-write';
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
    if (recovery && `${recovery.id}${EXTENSION}` === name) found.push(recovery);
  }
  return found.sort((a, b) => b.savedAt - a.savedAt);
}

export async function discardRecovery(folder: string, id: string): Promise<void> {
  await fs.rm(fileOf(folder, id), { force: true });
}

async function readOne(filePath: string): Promise<Recovery | null> {
  try {
    const parsed = recoverySchema.safeParse(JSON.parse(await fs.readFile(filePath, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
