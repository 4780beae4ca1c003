/**
 * Every workbook in ../shared/cases/wild/ gets what MANIFEST.md expects of it: imports (with or
 * without warnings) or one clear sentence, each within 10 s. The files stay outside the repo.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importXlsx } from '../../../shared/xlsx/import/import-xlsx';

/** The whole import, as `import FILE --json` runs it: opening, table detection, conversion. */
const readWorkbook = importXlsx;

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const wildDir = path.resolve(repoRoot, '..', 'shared', 'cases', 'wild');
const TIME_LIMIT_MS = 10_000;

type Expectation = { file: string; expected: string; mayImport: boolean; mayRefuse: boolean; mustWarn: boolean };

/** The manifest's table rows: `| file | source | what is special | expected |`. */
function manifest(): Expectation[] {
  const text = fs.readFileSync(path.join(wildDir, 'MANIFEST.md'), 'utf8');
  return text.split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => /\.xls[xm]$/.test(cells[1] ?? ''))
    .map((cells) => {
      const expected = cells[4] ?? '';
      return {
        file: cells[1] as string,
        expected,
        mayImport: /\bimports?\b/.test(expected),
        mayRefuse: /clear error/.test(expected),
        mustWarn: /^imports with warnings/.test(expected),
      };
    });
}

const expectations = manifest();
const measured: { file: string; ms: number; rssMb: number }[] = [];

describe('wild workbooks', () => {
  it('the manifest lists every file in the folder, and only those', () => {
    const files = fs.readdirSync(wildDir).filter((f) => f !== 'MANIFEST.md').sort();
    expect(expectations.map((e) => e.file).sort()).toEqual(files);
    expect(expectations.every((e) => e.mayImport || e.mayRefuse)).toBe(true);
  });

  it.each(expectations)('$file: $expected', async ({ file, mayImport, mayRefuse, mustWarn }) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(wildDir, file)));
    const started = performance.now();
    const result = await readWorkbook(bytes);
    const ms = performance.now() - started;
    measured.push({ file, ms, rssMb: process.memoryUsage().rss / 2 ** 20 });
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
    if (result.ok) {
      expect(mayImport, `${file} was imported but the manifest expects a clear error`).toBe(true);
      const warnings = [...result.warnings, ...result.tables.flatMap((t) => t.warnings)];
      if (mustWarn) expect(warnings.length, `${file} imported without a warning`).toBeGreaterThan(0);
    } else {
      expect(mayRefuse, `${file} was refused: ${result.error}`).toBe(true);
      expect(result.error.split('\n')).toHaveLength(1);
      expect(result.error).not.toMatch(/Error:|\bat .*\(|node_modules|undefined/);
      expect(result.error).toMatch(/^Filen .+\.$/);
    }
  }, 15_000);

  afterAll(() => {
    const slowest = [...measured].sort((a, b) => b.ms - a.ms).slice(0, 8);
    const lines = slowest.map((m) => `${m.file.padEnd(44)} ${m.ms.toFixed(0).padStart(6)} ms  rss after ${m.rssMb.toFixed(0)} MB`);
    console.log(`slowest wild workbooks:\n${lines.join('\n')}`);
  });
});
