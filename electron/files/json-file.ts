/**
 * Small settings files (recent files, window state) in the app data folder. A missing, unreadable
 * or half-written file reads as null: settings are never worth an error dialog.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { atomicWrite } from './atomic-write';

export async function readJsonOrNull(filePath: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(filePath, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

export async function writeJson(filePath: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  await atomicWrite(filePath, `${JSON.stringify(value, null, 2)}\n`);
}
