import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../../shared/file/load';
import { serializeCase } from '../../../shared/file/save';
import { parseFormula } from '../../../shared/formula/parser';
import { richCase } from './rich-case';
import { arbitraryCase } from './arbitraries';
import type { Json } from './file-text';

describe('any valid case', () => {
  it('saves and loads back deep-equal, and saves again to the same bytes', () => {
    fc.assert(
      fc.property(arbitraryCase(), (c) => {
        const text = serializeCase(c);
        const back = loadCaseFile(text);
        expect(back).toStrictEqual({ ok: true, case: c });
        if (back.ok) expect(serializeCase(back.case)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('survives a long axis and many rows', () => {
    fc.assert(
      fc.property(arbitraryCase({ maxPeriods: 200, maxSections: 8, maxRowsPerSection: 12, maxViews: 6 }), (c) => {
        expect(loadCaseFile(serializeCase(c))).toStrictEqual({ ok: true, case: c });
      }),
      { numRuns: 25 },
    );
  });

  it('has only formulas the formula parser reads (the generator is shared with other tests)', () => {
    fc.assert(
      fc.property(arbitraryCase(), (c) => {
        for (const s of c.sections) for (const r of s.rows) for (const cell of r.cells) if (cell && 'formula' in cell) parseFormula(cell.formula);
      }),
      { numRuns: 100 },
    );
  });
});

/** Every place in a JSON tree, as a path of keys. */
function pathsOf(json: Json, path: Array<string | number> = []): Array<Array<string | number>> {
  const here = [path];
  if (Array.isArray(json)) return here.concat(...json.map((v, i) => pathsOf(v, [...path, i])));
  if (json !== null && typeof json === 'object') return here.concat(...Object.entries(json).map(([k, v]) => pathsOf(v, [...path, k])));
  return here;
}

function replaced(json: Json, path: ReadonlyArray<string | number>, value: Json): Json {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(json)) return json.map((v, i) => (i === key ? replaced(v, rest, value) : v));
  if (json !== null && typeof json === 'object') return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, k === key ? replaced(v, rest, value) : v]));
  return json;
}

describe('a damaged file', () => {
  const valid = JSON.parse(serializeCase(richCase())) as Json;
  const places = pathsOf(valid);

  it('never makes the loader throw, and whatever loads saves again', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.jsonValue(), (path, value) => {
        const result = loadCaseFile(JSON.stringify(replaced(valid, path, value as Json)));
        if (result.ok) expect(() => serializeCase(result.case)).not.toThrow();
        else expect(result.error).toMatch(/\.$/);
      }),
      { numRuns: 500 },
    );
  });

  it('never makes the loader throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof loadCaseFile(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
