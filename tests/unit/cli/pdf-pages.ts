/**
 * Reads a PDF the way a test must to judge it as paper: its page count (pdfinfo), the text of each
 * page (pdftotext), and each page as pixels (pdftoppm, poppler). PNGs of the pages are kept for a
 * person to look at; the ink share is measured on a greyscale rendering.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function pdfPageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  const m = /^Pages:\s+(\d+)$/m.exec(stdout);
  if (!m) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(m[1]);
}

export async function pdfPageText(file: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-']);
  return stdout;
}

/** Writes `<dir>/<name>-<n>.png` for every page (at 60 dpi, enough to see the layout). */
export async function keepPagePngs(file: string, dir: string, name: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await run('pdftoppm', ['-r', '60', '-png', file, path.join(dir, name)]);
}

/**
 * The share of dark pixels (below mid-grey) in the page's body, per page: the top and bottom
 * `margin` of the page, where the running header and footer print, are left out, so a page with
 * nothing but its header and page number counts as empty.
 */
export async function bodyInkShares(file: string, workDir: string, margin = 0.1): Promise<number[]> {
  await mkdir(workDir, { recursive: true });
  const prefix = path.join(workDir, 'ink');
  await run('pdftoppm', ['-r', '30', '-gray', file, prefix]);
  const pages = await pdfPageCount(file);
  const width = String(pages).length;
  const shares: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const pgm = `${prefix}-${String(p).padStart(width, '0')}.pgm`;
    shares.push(inkShare(await readFile(pgm), margin));
    await rm(pgm);
  }
  return shares;
}

function inkShare(pgm: Buffer, margin: number): number {
  // Binary PGM: "P5", width, height, maxval, each followed by whitespace, then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const from = Math.floor(h * margin);
  const to = Math.ceil(h * (1 - margin));
  let dark = 0;
  for (let y = from; y < to; y++) for (let x = 0; x < w; x++) if (pixels[y * w + x]! < 128) dark++;
  return dark / ((to - from) * w);
}
