// Bundles the Electron main process and preload into dist/electron/ with esbuild.
//
// main.cjs and preload.cjs are CommonJS (.cjs, since package.json says "type": "module"): a
// sandboxed preload cannot load ES modules, and it may require nothing but 'electron', so the
// preload is one self-contained file and this script fails if the bundle requires anything else.
//
// Usage: node scripts/build-electron.mjs [--watch]
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

await rm(outdir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outdir, 'main.cjs'), platform: 'node', target: 'node22' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outdir, 'preload.cjs'), platform: 'node', target: 'chrome130' }),
]);

const preload = await readFile(path.join(outdir, 'preload.cjs'), 'utf8');
const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
const forbidden = required.filter((name) => name !== 'electron');
if (forbidden.length > 0) {
  console.error(`build-electron: the sandboxed preload may only require 'electron', but requires: ${[...new Set(forbidden)].join(', ')}`);
  process.exit(1);
}
console.log(`build-electron: wrote ${path.relative(root, outdir)}/main.cjs and preload.cjs`);
