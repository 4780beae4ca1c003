/**
 * Reads an xlsx file's own XML, without ExcelJS: which cells hold formulas and what result they
 * cached, and which cells are text. The export tests compare LibreOffice's recalculation with
 * these, so the check does not depend on the library that wrote the file.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface XmlCell {
  type: string | null;
  formula: string | null;
  /** The cached value as written: a number, a text, or an error code. */
  cached: number | string | null;
}

export type XmlSheets = Map<string, Map<string, XmlCell>>;

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Sheet name -> its part in the zip, from the workbook and its relationships. */
export function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])![1]!, /Target="([^"]+)"/.exec(m[0])![1]!]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescape(/name="([^"]*)"/.exec(m[0])![1]!);
    const target = targets.get(/r:id="([^"]+)"/.exec(m[0])![1]!)!;
    out.set(name, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

export function readXmlCells(bytes: Uint8Array): XmlSheets {
  const files = unzipSync(bytes);
  const shared = files['xl/sharedStrings.xml'] ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescape([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''))) : [];
  const sheets: XmlSheets = new Map();
  for (const [name, part] of sheetParts(files)) {
    const cells = new Map<string, XmlCell>();
    for (const m of strFromU8(files[part]!).matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /t="([^"]+)"/.exec(m[2]!)?.[1] ?? null;
      const body = m[3] ?? '';
      const formula = /<f>([\s\S]*?)<\/f>/.exec(body)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let cached: XmlCell['cached'] = null;
      if (v !== undefined) cached = type === 's' ? shared[Number(v)]! : type === 'str' || type === 'e' ? unescape(v) : type === 'b' ? Number(v) : Number(v);
      const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
      if (inline !== undefined) cached = unescape(inline);
      cells.set(m[1]!, { type, formula: formula === undefined ? null : unescape(formula), cached });
    }
    sheets.set(name, cells);
  }
  return sheets;
}

/** A copy of the file with the cached value of one formula cell replaced (to show a test catches it). */
export function withCachedValue(bytes: Uint8Array, sheet: string, address: string, value: number): Uint8Array {
  const files = unzipSync(bytes);
  const part = sheetParts(files).get(sheet)!;
  const xml = strFromU8(files[part]!);
  const cell = new RegExp(`(<c r="${address}"[^>]*>\\s*<f>[\\s\\S]*?</f>\\s*<v>)([^<]*)(</v>)`);
  if (!cell.test(xml)) throw new Error(`${sheet}!${address} has no cached formula value`);
  files[part] = strToU8(xml.replace(cell, `$1${value}$3`));
  return zipSync(files);
}
