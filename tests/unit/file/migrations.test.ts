import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../../shared/file/load';
import { MIGRATIONS, migrateToCurrent, OLDEST_VERSION, type Migration } from '../../../shared/file/migrations';
import { FORMAT_VERSION } from '../../../shared/model/case';
import { fileJson, objectAt } from './file-text';
import { richCase } from './rich-case';

/** A version-0 file as the prototype wrote it: no views, no discount rate, no sign convention, a bare axis. */
const VERSION_0 = `{
  "format": "budgetnotat",
  "version": 0,
  "case": {
    "meta": { "title": "IPS", "summary": "", "administration": "", "committee": "BIU", "caseNumber": "", "date": "2019-05-01", "author": "" },
    "unit": "1000 kr",
    "decimals": 0,
    "priceLevel": "2019 p/l",
    "axis": { "firstYear": 2019, "count": 2 },
    "sections": [
      { "id": "s1", "label": "Økonomi", "rows": [
        { "id": "r1", "label": "Investering", "kind": "input", "scope": "period", "classification": { "bucket": "investering" }, "cells": [{ "value": "500000" }, null] },
        { "id": "r2", "label": "Resultat", "kind": "result", "scope": "period", "classification": {}, "cells": [{ "formula": "={r1}" }, { "formula": "={r1}" }] }
      ] }
    ],
    "result": { "rowId": "r2" }
  }
}`;

describe('a version-0 file', () => {
  it('loads, filled in with what version 1 added, and says it was migrated', () => {
    const result = loadCaseFile(VERSION_0);
    expect(result.ok && result.migratedFrom).toBe(0);
    if (!result.ok) return;
    expect(result.case.views).toEqual([]);
    expect(result.case.discountRate).toBe('0.035');
    expect(result.case.result).toEqual({ rowId: 'r2', convention: 'expensePositive' });
    expect(result.case.axis).toEqual({ firstYear: 2019, count: 2, labelStyle: 'year', relativeFirstYear: 2019 });
    expect(result.case.sections[0]!.rows[0]!.cells).toEqual([{ value: '500000' }, null]);
  });

  it('made by taking today’s additions out of a case, loads back as that case with the defaults', () => {
    const file = fileJson(richCase());
    file.version = 0;
    const c = objectAt(file, 'case');
    delete c.views;
    delete c.discountRate;
    delete objectAt(c, 'result').convention;
    delete objectAt(c, 'axis').labelStyle;
    delete objectAt(c, 'axis').relativeFirstYear;
    const result = loadCaseFile(JSON.stringify(file));
    const { axis } = richCase();
    expect(result).toStrictEqual({
      ok: true,
      migratedFrom: 0,
      case: { ...richCase(), views: [], discountRate: '0.035', result: { rowId: 'r8', convention: 'expensePositive' }, axis: { ...axis, labelStyle: 'year', relativeFirstYear: axis.firstYear } },
    });
  });

  it('keeps what it already had rather than overwriting it with defaults', () => {
    const file = fileJson(richCase());
    file.version = 0;
    const result = loadCaseFile(JSON.stringify(file));
    expect(result).toStrictEqual({ ok: true, migratedFrom: 0, case: richCase() });
  });

  it('that is broken is reported with its path after migration', () => {
    const error = loadCaseFile(VERSION_0.replace('{ "value": "500000" }', '{ "value": 500000 }'));
    expect(error).toEqual({ ok: false, error: expect.stringContaining('sections[0].rows[0].cells[0].value (rækken "Investering") skal være et decimaltal skrevet som tekst') });
  });
});

describe('the migration steps', () => {
  it('run one version at a time, from the oldest format up to today’s, with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: FORMAT_VERSION - OLDEST_VERSION }, (_, i) => OLDEST_VERSION + i));
  });

  it('are not reported for a file of today’s version', () => {
    expect(loadCaseFile(JSON.stringify(fileJson(richCase())))).not.toHaveProperty('migratedFrom');
  });

  it('do not change the JSON they are given', () => {
    const file = JSON.parse(VERSION_0) as Record<string, unknown>;
    const before = JSON.stringify(file);
    const result = migrateToCurrent(file, 0);
    expect(JSON.stringify(file)).toBe(before);
    expect(result.ok && result.file.version).toBe(FORMAT_VERSION);
  });

  it('leave a case that is not an object for the schema to report', () => {
    const result = loadCaseFile('{"format": "budgetnotat", "version": 0, "case": 7}');
    expect(result).toEqual({ ok: false, error: 'Filen kan ikke læses: sagen (feltet case) skal være et objekt, men er tallet 7.' });
  });

  it('report a missing step instead of loading a half-migrated file', () => {
    const none: Migration[] = [];
    expect(migrateToCurrent({ format: 'budgetnotat', version: 0 }, 0, none)).toEqual({ ok: false, error: expect.stringMatching(/filformat 0 kan ikke opgraderes til 1/) });
  });
});
