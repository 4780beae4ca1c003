/**
 * The command line as a user runs it: through the real bin script in a child process, on real
 * files in a temporary folder.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-cli-'));
});

describe('budgetnotat templates / new / recalc', () => {
  it('lists the four templates as JSON', async () => {
    const r = await cli('templates', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((t: { id: string }) => t.id)).toEqual(['rebild-ips-2022', 'kk-ips-2017', 'aarhus-ips-2022', 'kk-sydhavnen-2022']);
  });

  it('creates a case from a template and recalculates it to the seed figures', async () => {
    const file = path.join(dir, 'kk.budgetnotat');
    expect((await cli('new', '--template', 'kk-ips-2017', '-o', file)).code).toBe(0);
    const r = await cli('recalc', file, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.periods).toEqual(['2017', '2018', '2019', '2020']);
    const result = report.rows.find((row: { label: string }) => row.label === 'Samlet økonomisk påvirkning');
    expect(result.values).toEqual({ 2017: '-2250000', 2018: '-2000000', 2019: '-1000000', 2020: '-1000000' });
    expect(result.total).toBe('-6250000');
    expect(report.keyFigures).toMatchObject({ paybackTotal: 1, paybackService: null, breakEvenYear: 2017, netTotal: '-6250000' });
    expect(report.errors).toEqual([]);
  });

  it('reports the Aarhus Bilag B discrepancies and payback in År 6', async () => {
    const file = path.join(dir, 'aarhus.budgetnotat');
    await cli('new', '--template', 'aarhus-ips-2022', '-o', file);
    const report = JSON.parse((await cli('recalc', file, '--json')).stdout);
    expect(report.keyFigures.paybackTotal).toBe(6);
    expect(report.keyFigures.net7).toBe('365000');
    expect(report.discrepancies.map((d: { row: string; stated: string; computed: string; kind: string }) => [d.row, d.stated, d.computed, d.kind])).toEqual([
      ['Indtægt', '3264000', '3266000', 'rounding'],
      ['Balance', '312000', '314000', 'rounding'],
    ]);
    const text = (await cli('recalc', file)).stdout;
    expect(text).toContain('Indtægt, I alt: angivet 3.264, beregnet 3.266 (afrunding)');
    // Provenu is derived in every year of the axis, so 2022 (before År 1) shows 0.
    expect(text).toMatch(/Provenu\s+0\s+-835\s+-692\s+468/);
  });

  it('prints the Rebild result in mio. kr. as the note shows it', async () => {
    const file = path.join(dir, 'rebild.budgetnotat');
    await cli('new', '--template', 'rebild-ips-2022', '-o', file);
    expect((await cli('recalc', file)).stdout).toMatch(/Resultat\s+1,18\s+-0,11\s+-0,41\s+-0,41\s+0,25/);
  });

  it('lists cell errors in the JSON report', async () => {
    const file = path.join(dir, 'errors.budgetnotat');
    await cli('new', '--template', 'rebild-ips-2022', '-o', file);
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.case.sections[0].rows[0].cells[3] = { formula: '=1/0' };
    await writeFile(file, JSON.stringify(json));
    const report = JSON.parse((await cli('recalc', file, '--json')).stdout);
    // The error stays in its cell and in the cells that use it, and nowhere else.
    expect(report.errors.map((e: { row: string; period: string; code: string }) => [e.row, e.period, e.code])).toEqual([
      ['Investering', '2025', '#DIV/0!'],
      ['Resultat', '2025', '#DIV/0!'],
    ]);
    expect(report.rows.find((r: { label: string }) => r.label === 'Besparelse').total).toBe('-1150000');
  });
});

describe('bad input: exit 2 and one line on stderr, never a stack trace', () => {
  const oneLine = (stderr: string) => stderr.trim().split('\n').length === 1 && !/\bat .+:\d+:\d+/.test(stderr);

  it.each([
    ['a missing file', ['recalc', '/nonexistent/sag.budgetnotat'], 'findes ikke'],
    ['an unknown template', ['new', '--template', 'nope', '-o', '/tmp/x.budgetnotat'], 'ukendt skabelon'],
    ['an unknown option', ['recalc', '--frobnicate'], 'frobnicate'],
  ])('%s', async (_what, args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it.each([
    ['invalid JSON', '{ "format": "budgetnotat", '],
    ['a schema violation', JSON.stringify({ format: 'budgetnotat', version: 1, case: { meta: {} } })],
    ['a file that is not a case', '[1, 2, 3]'],
  ])('%s', async (_what, text) => {
    const file = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.budgetnotat`);
    await writeFile(file, text);
    const r = await cli('recalc', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^budgetnotat: .+/);
    expect(oneLine(r.stderr)).toBe(true);
  });
});
