// Runs Electronegativity over the Electron side of the app and fails on any finding above LOW.
//
// Electronegativity exits 0 whatever it finds, so this script judges the result itself. It scans a
// staged copy of what the desktop app is made of: electron/ (TypeScript sources, which it parses
// directly; the bundles in dist/ would add zod's code and nothing of ours), the renderer's
// index.html (where the page's CSP meta tag lives) and package.json (for the Electron version).
//
// Offline: the AvailableSecurityFixesGlobalCheck check (which downloads Electron's release list)
// is skipped, and the translation download Electronegativity attempts at start-up is stubbed out.
//
// Severity comes from the API's result, not from the SARIF file, whose `level` only says whether a
// finding needs manual review. The SARIF report is still written, to the temp folder printed.
//
// Usage: node scripts/check-electron-security.mjs [--keep] [extra paths to stage ...]
import { cp, mkdtemp, rm } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const extra = args.filter((a) => !a.startsWith('--'));
const STAGED = ['electron', 'renderer/index.html', 'package.json', ...extra];
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

stubNetwork();
const run = require('@doyensec/electronegativity');

const work = await mkdtemp(path.join(os.tmpdir(), 'budgetnotat-electronegativity-'));
const app = path.join(work, 'app');
const report = path.join(work, 'electronegativity.sarif');
let failed = false;
try {
  for (const rel of STAGED) await cp(path.resolve(root, rel), path.join(app, path.isAbsolute(rel) ? path.basename(rel) : rel), { recursive: true });
  const result = await quietly(() => run({ input: app, output: report, isSarif: true, isRelative: true, excludeFromScan: SKIPPED_CHECKS }));

  const unparsed = result.errors.filter((e) => !e.tolerable);
  const above = result.issues.filter((i) => i.severity.value > severityValue('LOW'));
  const rest = result.issues.length - above.length;
  for (const e of unparsed) console.error(`electronegativity: could not parse ${e.file}: ${e.message}`);
  for (const i of above) {
    const where = i.file === 'N/A' ? '(whole app)' : `${i.file}:${i.location.line}:${i.location.column}`;
    console.error(`${i.severity.name} ${i.confidence.name} ${i.id} ${where}${i.manualReview ? ' [review]' : ''}\n    ${i.description}${i.sample ? `\n    ${i.sample}` : ''}`);
  }
  failed = above.length > 0 || unparsed.length > 0;
  const summary = `${result.globalChecks + result.atomicChecks} checks, ${above.length} findings above LOW, ${rest} at LOW or below, ${unparsed.length} files unparsed`;
  console.log(`electronegativity: ${failed ? 'FAILED' : 'ok'}: ${summary}${keep || failed ? ` (report: ${report})` : ''}`);
} finally {
  if (!keep && !failed) await rm(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** Electronegativity fetches translations with `got` before every run; answer "offline" at once. */
function stubNetwork() {
  const toolRequire = createRequire(require.resolve('@doyensec/electronegativity/dist/locales/i18n.js'));
  const gotPath = toolRequire.resolve('got');
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = () => Promise.reject(new Error('offline: translations are not downloaded'));
  require.cache[gotPath] = stub;
}

function severityValue(name) {
  const { severity } = require('@doyensec/electronegativity/dist/finder/attributes.js');
  return severity[name].value;
}

/** The tool logs progress chatter even when used as a library; keep only our own lines. */
async function quietly(fn) {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await fn();
  } finally {
    console.log = log;
  }
}
