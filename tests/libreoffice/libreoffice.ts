/**
 * LibreOffice for the tests: recalculating xlsx files headless (recalc.py over python3-uno) and
 * rendering them to PDF. Where LibreOffice is missing, `libreOfficeMissing()` says why; a test
 * may skip then, except in CI (env CI set), where a missing LibreOffice is a failure.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = path.resolve('tests/libreoffice/recalc.py');

export type LoValue = number | string | { error: number };
export type LoCells = Record<string, { formula: string; value: LoValue }>;
export type LoWorkbook = Record<string, LoCells>;

function works(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** A python3 that can import uno: Debian's python3-uno installs it for /usr/bin/python3 only. */
const python = ['/usr/bin/python3', 'python3'].find((p) => works(p, ['-c', 'import uno'])) ?? null;
const soffice = ['soffice', 'libreoffice'].find((s) => works(s, ['--version'])) ?? null;

export function libreOfficeMissing(): string | null {
  if (!soffice) return 'LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui python3-uno';
  if (!python) return 'python3-uno is not installed: apt-get install -y python3-uno';
  return null;
}

/**
 * Why a test that prints through LibreOffice and reads the PDF with poppler `tool` cannot run here,
 * or null. In CI (env CI set) a missing tool is a failure, not a skip; elsewhere the reason is printed.
 */
export function printToolsMissing(testName: string, tool: string): string | null {
  const poppler = works(tool, ['-v']) ? null : `poppler-utils (${tool}) is not installed: apt-get install -y poppler-utils`;
  const missing = libreOfficeMissing() ?? poppler;
  if (missing && process.env.CI) throw new Error(`CI must have LibreOffice and poppler-utils for ${testName}: ${missing}`);
  if (missing) console.warn(`Skipping ${testName}: ${missing}`);
  return missing;
}

/** Loads each file hidden in LibreOffice, recalculates everything and returns every formula cell's value. */
export async function recalculate(files: string[]): Promise<Record<string, LoWorkbook>> {
  const { stdout } = await run(python!, [SCRIPT, ...files], { maxBuffer: 256 * 1024 * 1024, timeout: 300_000 });
  return JSON.parse(stdout) as Record<string, LoWorkbook>;
}

/**
 * Renders `file` to PDF with LibreOffice; returns the PDF's path. `locale` ("da_DK") sets the
 * locale LibreOffice formats numbers in, through the environment of a fresh profile: it takes it
 * from LC_ALL even where the system has no such locale installed.
 */
export async function convertToPdf(file: string, options: { locale?: string } = {}): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-pdf-'));
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-profile-'));
  const env = options.locale ? { ...process.env, LC_ALL: `${options.locale}.UTF-8`, LANG: `${options.locale}.UTF-8` } : process.env;
  await run(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { timeout: 180_000, env });
  return path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
}
