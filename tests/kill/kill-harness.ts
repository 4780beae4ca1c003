/**
 * The kill test's harness: starts a child that saves a large case in a loop (save-loop.ts), kills
 * it with SIGKILL at a random moment, and checks what is on disk the way the app would open it
 * (readCaseFile + loadCaseFile): the file must be the last save that returned or the one in flight,
 * and the backup the one before either of those.
 *
 * The child is bundled once with esbuild (tsx's own compiler) rather than run through tsx: tsx
 * costs 0.3 s of CPU per start, a bundle 0.1 s, and two hundred starts share two cores with the
 * saves and the checks. The next child is already loading while one is killed.
 */
import { build } from 'esbuild';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { backupPathOf, readCaseFile, saveCaseFile } from '../../electron/files/case-files';
import { loadCaseFile } from '../../shared/file/load';
import { serializeCase } from '../../shared/file/save';
import type { Case } from '../../shared/model/case';
import { sectionsWorkload } from '../bench/generate-case';
import { ITERATION_MARK, iterationOf, textFor, variantFile } from './kill-content';

const SAVE_LOOP = fileURLToPath(new URL('./save-loop.ts', import.meta.url));

/** save-loop.ts and the save path it imports as one plain JavaScript file in `dir`. */
async function bundleSaver(dir: string): Promise<string> {
  const outfile = path.join(dir, 'save-loop.mjs');
  await build({ entryPoints: [SAVE_LOOP], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
  return outfile;
}

export interface KillRunOptions {
  dir: string;
  writer: 'atomic' | 'naive';
  kills: number;
  /** Each kill comes after a uniformly random wait of up to this long into the save loop. */
  maxDelayMs: number;
  /** Stop early once this many kills found damage (for the run that must find some). */
  stopAfterFailures?: number;
}

export interface KillRunReport {
  kills: number;
  failures: string[];
  /** Saves that returned before their child was killed. */
  savesCompleted: number;
  /** Kills that left the backup already replaced but the file not yet: a kill inside a save. */
  midSave: number;
  /** Kills after which the file held the save in flight (it finished, unannounced). */
  inFlightLanded: number;
  /** Temporary files a kill left behind (removed after each kill). */
  leftoverTemps: number;
  textBytes: number;
}

/** Three large variants (20 sections × 150 rows × 20 years, several MB each), every amount different. */
export function variantTexts(count = 3): string[] {
  const base = sectionsWorkload(20, 150, 20).case;
  return Array.from({ length: count }, (_, v) => {
    const c: Case = {
      ...base,
      meta: { ...base.meta, title: `Kill-test ${v}`, caseNumber: ITERATION_MARK },
      sections: base.sections.map((s) => ({
        ...s,
        // Appending a digit keeps the amount a valid decimal string and makes it differ per variant.
        rows: s.rows.map((r) => ({ ...r, cells: r.cells.map((cell) => (cell && 'value' in cell ? { value: `${cell.value}${cell.value.includes('.') ? '' : '.'}${v + 1}` } : cell)) })),
      })),
    };
    return serializeCase(c);
  });
}

class Saver {
  readonly child: ChildProcessWithoutNullStreams;
  readonly ready: Promise<void>;
  readonly closed: Promise<void>;
  lastSaved: number | null = null;
  private stderr = '';

  constructor(saver: string, target: string, variantsDir: string, writer: KillRunOptions['writer']) {
    this.child = spawn(process.execPath, [saver, target, variantsDir, writer]);
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.closed = new Promise((resolve) => this.child.on('close', () => resolve()));
    this.ready = new Promise((resolve, reject) => {
      createInterface({ input: this.child.stdout }).on('line', (line) => {
        if (line === 'ready') resolve();
        const saved = /^saved (\d+)$/.exec(line);
        if (saved) this.lastSaved = Number(saved[1]);
      });
      void this.closed.then(() => reject(new Error(`the saver ended before it was ready: ${this.stderr}`)));
    });
    // A saver killed before it was needed (the spare one at the end) rejects unheard; that is fine.
    this.ready.catch(() => undefined);
  }

  go(start: number): void {
    this.child.stdin.write(`go ${start}\n`);
  }

  /** Kills it and waits until every line it printed has been read. */
  async kill(): Promise<string> {
    this.child.kill('SIGKILL');
    await this.closed;
    return this.stderr;
  }
}

/** The save number `text` holds if the app can open it, or a sentence saying why not. */
function identify(what: string, text: string | null, allowed: ReadonlyArray<number | null>, variants: readonly string[]): number | null | string {
  const expected = allowed.map((a) => (a === null ? 'ingen fil' : `gemning ${a}`)).join(' eller ');
  if (text === null) return allowed.includes(null) ? null : `${what} mangler; forventet ${expected}`;
  const loaded = loadCaseFile(text);
  if (!loaded.ok) return `${what} kan ikke åbnes (${text.length} tegn): ${loaded.error.slice(0, 160)}`;
  const k = iterationOf(loaded.case.meta.caseNumber);
  if (k === null || !allowed.includes(k)) return `${what} er gemning ${k}; forventet ${expected}`;
  if (text !== textFor(variants, k)) return `${what} kan åbnes som gemning ${k}, men er ikke det, gemning ${k} skrev`;
  return k;
}

async function readOrNull(read: () => Promise<string>): Promise<string | null> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return null;
    throw e;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runKillTest(options: KillRunOptions): Promise<KillRunReport> {
  const variants = variantTexts();
  const variantsDir = path.join(options.dir, 'variants');
  const workDir = path.join(options.dir, 'work');
  await fs.mkdir(variantsDir, { recursive: true });
  await fs.mkdir(workDir, { recursive: true });
  await Promise.all(variants.map((text, v) => fs.writeFile(path.join(variantsDir, variantFile(v)), text)));
  const target = path.join(workDir, 'stor sag.budgetnotat');
  const backup = backupPathOf(target);

  const report: KillRunReport = { kills: 0, failures: [], savesCompleted: 0, midSave: 0, inFlightLanded: 0, leftoverTemps: 0, textBytes: Buffer.byteLength(variants[0]!) };
  /** What the file and the backup hold between children: save numbers (null: no backup yet). */
  let onDisk = 0;
  let backedUp: number | null = null;
  await saveCaseFile(target, textFor(variants, 0), { expectedModifiedAt: null });

  const saver = await bundleSaver(options.dir);
  const start = () => new Saver(saver, target, variantsDir, options.writer);
  let next = start();
  try {
    while (report.kills < options.kills && report.failures.length < (options.stopAfterFailures ?? Infinity)) {
      const current = next;
      await current.ready;
      current.go(onDisk + 1);
      next = start();
      await sleep(Math.random() * options.maxDelayMs);
      const stderr = await current.kill();
      report.kills++;

      const last = current.lastSaved ?? onDisk;
      report.savesCompleted += last - onDisk;
      const fileText = await readOrNull(async () => (await readCaseFile(target)).text);
      const backupText = await readOrNull(() => fs.readFile(backup, 'utf8'));
      const file = identify('Filen', fileText, [last, last + 1], variants);
      const kept = identify('Backuppen', backupText, current.lastSaved === null ? [backedUp, onDisk] : [last - 1, last], variants);
      const problems = [file, kept].filter((r): r is string => typeof r === 'string');
      if (stderr.trim() !== '') problems.push(`Gemmeprocessen skrev fejl: ${stderr.trim().slice(0, 300)}`);
      report.leftoverTemps += await removeTemps(workDir);

      if (problems.length > 0) {
        report.failures.push(`drab ${report.kills}: ${problems.join('; ')}`);
        // Start again from a clean pair, so one damaged file is reported once.
        await fs.rm(backup, { force: true });
        onDisk = last + 2;
        backedUp = null;
        await saveCaseFile(target, textFor(variants, onDisk), { expectedModifiedAt: null });
        continue;
      }
      if (file === last + 1) report.inFlightLanded++;
      if (kept !== null && kept === file) report.midSave++;
      onDisk = file as number;
      backedUp = kept as number | null;
    }
  } finally {
    await next.kill();
  }
  return report;
}

/** atomicWrite's temporary files (".<name>.<pid>.<random>.tmp") that a kill left behind. */
async function removeTemps(dir: string): Promise<number> {
  const temps = (await fs.readdir(dir)).filter((n) => n.startsWith('.') && n.endsWith('.tmp'));
  await Promise.all(temps.map((n) => fs.rm(path.join(dir, n), { force: true })));
  return temps.length;
}
