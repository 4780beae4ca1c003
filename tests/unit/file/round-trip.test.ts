import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../../shared/file/load';
import { serializeCase } from '../../../shared/file/save';
import type { Case } from '../../../shared/model/case';
import { blankCase } from '../../../shared/model/create';
import { listTemplates, templateCase } from '../../../shared/templates';
import type { Json } from './file-text';
import { richCase } from './rich-case';

function loaded(text: string): Case {
  const result = loadCaseFile(text);
  if (!result.ok) throw new Error(result.error);
  return result.case;
}

/** The same JSON with every object's keys in reverse order. */
function reversedKeys(json: Json): Json {
  if (Array.isArray(json)) return json.map(reversedKeys);
  if (json === null || typeof json !== 'object') return json;
  return Object.fromEntries(Object.keys(json).reverse().map((k) => [k, reversedKeys(json[k]!)]));
}

describe('round trip', () => {
  it('loads a blank case back as it was saved', () => {
    const c = blankCase(2024);
    const text = serializeCase(c);
    const back = loadCaseFile(text);
    expect(back).toStrictEqual({ ok: true, case: c });
    expect(serializeCase(loaded(text))).toBe(text);
  });

  it('keeps every field of a hand-built case that uses the whole model', () => {
    const c = richCase();
    const text = serializeCase(c);
    expect(loaded(text)).toEqual(c);
    expect(serializeCase(loaded(text))).toBe(text);
  });

  it('reads a file that an editor saved with a byte-order mark', () => {
    const c = richCase();
    expect(loaded(`\uFEFF${serializeCase(c)}`)).toStrictEqual(c);
  });

  it.each(listTemplates().map((t) => t.id))('round-trips the template %s', (id) => {
    const c = templateCase(id)!;
    expect(loaded(serializeCase(c))).toEqual(c);
  });
});

describe('the saved text', () => {
  it('is pretty JSON with format, version and case, in that order, ending in a newline', () => {
    const text = serializeCase(blankCase(2024));
    expect(text.startsWith('{\n  "format": "budgetnotat",\n  "version": 1,\n  "case": {\n    "meta": {\n      "title": "Ny sag",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes amounts as decimal strings, never as JSON numbers', () => {
    const text = serializeCase(richCase());
    expect(text).toContain('"value": "-250000.5"');
    expect(text).toContain('"total": "-12.5"');
    expect(text).toContain('"discountRate": "0.04"');
    expect(text).not.toMatch(/"value": -?\d/);
  });

  it('gives identical bytes when saved twice', () => {
    const c = richCase();
    expect(serializeCase(c)).toBe(serializeCase(c));
  });

  it('puts keys in the model order whatever order the case or file had them in', () => {
    const text = serializeCase(richCase());
    const shuffled = JSON.stringify(reversedKeys(JSON.parse(text) as Json));
    expect(shuffled).not.toBe(text);
    expect(serializeCase(loaded(shuffled))).toBe(text);
    expect(serializeCase(reversedKeys(richCase() as unknown as Json) as unknown as Case)).toBe(text);
  });

  it('leaves absent optional fields absent rather than writing them as null', () => {
    const c = blankCase(2024);
    const text = serializeCase({ ...c, sections: c.sections.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, note: undefined, stated: undefined })) })) });
    expect(text).toBe(serializeCase(c));
    expect(text).not.toContain('"note"');
  });
});
