/**
 * Atomic file replacement: write a temporary file beside the target, flush it to disk, rename it
 * over the target, then flush the folder so the rename itself survives a power cut. A kill at any
 * moment leaves either the old file or the new one, never a torn mix.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export async function atomicWrite(target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
  await syncDirectory(dir);
  await removeStaleTemps(dir, path.basename(target));
}

/** A temporary file this old, of a process that no longer runs, was left by a save that was killed. */
const STALE_AFTER_MS = 10 * 60 * 1000;

/**
 * Clears what killed saves left beside the file. Only files of our own naming, older than ten
 * minutes, whose process is gone: a colleague's save on a shared drive may be in progress, and its
 * process id means nothing here, so age is what protects it.
 */
async function removeStaleTemps(dir: string, base: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escapeRegExp(base)}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || Number(match[1]) === process.pid || isRunning(Number(match[1]))) continue;
    const file = path.join(dir, name);
    try {
      if (Date.now() - (await fs.stat(file)).mtimeMs > STALE_AFTER_MS) await fs.rm(file, { force: true });
    } catch {
      // Gone already, or not ours to remove: the save itself succeeded.
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder for flushing; there the rename is already durable enough.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
