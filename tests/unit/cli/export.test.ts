/**
 * `budgetnotat export` as a user runs it: through the real bin script, on real files. The written
 * workbook is read back with ExcelJS: its table, and the embedded case equal to the file's.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../../shared/file/load';
import { readEmbeddedCase } from '../../../shared/xlsx/embedded-case';
import { cli } from './run-cli';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-export-cli-'));
});

describe('budgetnotat export', () => {
  it('exports a case to an xlsx budget note with the table, formulas and the case embedded', async () => {
    const file = path.join(dir, 'kk.budgetnotat');
    const out = path.join(dir, 'kk.xlsx');
    expect((await cli('new', '--template', 'kk-ips-2017', '-o', file)).code).toBe(0);
    const r = await cli('export', file, '-o', out);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`Eksporteret ${file} til ${out}\n`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Budgetnotat')!;
    const rowNumber = ws.getColumn(1).values.findIndex((v) => v === 'Samlet økonomisk påvirkning');
    expect(rowNumber).toBeGreaterThan(0);
    const first = ws.getCell(rowNumber, 2).value as ExcelJS.CellFormulaValue;
    expect(typeof first.formula).toBe('string');
    expect(first.result).toBe(-2250000);
    const embedded = readEmbeddedCase(wb);
    const original = loadCaseFile(await readFile(file, 'utf8'));
    expect(embedded).toStrictEqual(original);
    // Written through the atomic writer: no temporary file is left beside it.
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses bad input with one line and exit code 2, writing nothing', async () => {
    const missing = await cli('export', path.join(dir, 'none.budgetnotat'), '-o', path.join(dir, 'none.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^budgetnotat: .*none\.budgetnotat: filen findes ikke\n$/);
    const broken = path.join(dir, 'broken.budgetnotat');
    await writeFile(broken, '{"format": "budgetnotat", "version": 1, "case": {}}');
    const invalid = await cli('export', broken, '-o', path.join(dir, 'broken.xlsx'));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr.trim().split('\n')).toHaveLength(1);
    expect((await cli('export', broken)).stderr).toBe('budgetnotat: export: angiv en fil med -o FIL.xlsx eller -o FIL.pdf\n');
    expect((await cli('export', broken, '-o', path.join(dir, 'x.docx'))).stderr).toContain('output skal være en .xlsx- eller .pdf-fil');
    // A PDF of a broken case fails on the case, in one line, before LibreOffice is started.
    const pdf = await cli('export', broken, '-o', path.join(dir, 'broken.pdf'));
    expect(pdf.code).toBe(2);
    expect(pdf.stderr.trim().split('\n')).toHaveLength(1);
    expect(pdf.stderr).toBe(invalid.stderr);
    expect((await readdir(dir)).filter((f) => f.startsWith('none') || f.startsWith('broken.xlsx'))).toEqual([]);
  });
});
