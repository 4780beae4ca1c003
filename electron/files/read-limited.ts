/**
 * Reads a whole file, but only after checking its size on the open handle: a huge or hostile file
 * is refused before a byte of it is held in memory, and the size checked is the size read.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeFileError, FileProblem } from './file-errors';

export interface LimitedRead {
  bytes: Buffer;
  /** Whole milliseconds, the precision every host (and the browser's File.lastModified) shares. */
  modifiedAt: number;
}

export async function readFileLimited(filePath: string, maxBytes: number): Promise<LimitedRead> {
  const name = path.basename(filePath);
  try {
    const handle = await fs.open(filePath, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw new FileProblem(`"${name}" er en mappe, ikke en fil.`, 'EISDIR');
      if (stat.size > maxBytes) {
        throw new FileProblem(`"${name}" fylder ${megabytes(stat.size)} MB; Budgetnotat åbner højst ${megabytes(maxBytes)} MB.`, 'ETOOBIG');
      }
      return { bytes: await handle.readFile(), modifiedAt: Math.trunc(stat.mtimeMs) };
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw describeFileError(e, name, 'read');
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('da-DK', { maximumFractionDigits: 1 });
}
