/**
 * The xlsx note turned into a PDF by LibreOffice (`soffice --headless --convert-to pdf`), for
 * `export CASE -o note.pdf`. LibreOffice prints the workbook with the page setup the export gives
 * it, so the PDF is the same note a committee secretary gets by printing the xlsx.
 *
 * Each conversion runs with its own throwaway LibreOffice profile: a second soffice on the same
 * profile (the user's open LibreOffice, or another export) would hand the job to the first one or
 * refuse to start.
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A first start builds the profile; a long note then takes a few seconds more. */
const CONVERT_TIMEOUT_MS = 120_000;

const WELL_KNOWN: Partial<Record<NodeJS.Platform, string[]>> = {
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
};

/**
 * The soffice program: `BUDGETNOTAT_SOFFICE` when set (also to name one that is not there), else
 * `soffice` or `libreoffice` on PATH, else the installer's usual place; null when there is none.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const chosen = env.BUDGETNOTAT_SOFFICE;
  if (chosen !== undefined) return chosen !== '' && existsSync(chosen) ? chosen : null;
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return (WELL_KNOWN[platform] ?? []).find((p) => existsSync(p)) ?? null;
}

export class ConversionFailed extends Error {}

/** Converts workbook bytes to PDF bytes in a temporary folder that is removed afterwards. */
export async function xlsxToPdf(soffice: string, xlsx: Uint8Array, baseName = 'budgetnotat'): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'budgetnotat-pdf-'));
  try {
    const input = path.join(dir, `${baseName}.xlsx`);
    await fs.writeFile(input, xlsx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const out = path.join(dir, 'out');
    await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, input]);
    try {
      return new Uint8Array(await fs.readFile(path.join(out, `${baseName}.pdf`)));
    } catch {
      throw new ConversionFailed('LibreOffice lavede ingen PDF');
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout: CONVERT_TIMEOUT_MS, windowsHide: true }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const why = error.killed ? `stoppet efter ${CONVERT_TIMEOUT_MS / 1000} s` : (stderr.trim().split('\n').at(-1) ?? error.message);
      reject(new ConversionFailed(`LibreOffice kunne ikke lave PDF'en (${why})`));
    });
  });
}
