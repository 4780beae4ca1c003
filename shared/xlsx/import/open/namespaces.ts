/**
 * ExcelJS matches element names literally: `<x:row>` (a .NET writer) or `ns:id` instead of
 * `r:id` are invisible to it. These helpers find the prefixes a part binds to SpreadsheetML and
 * to relationships, and rename tags to the spelling ExcelJS knows.
 */
import { attribute, type XmlEdits, type XmlTag } from './xml-scan';

const MAIN = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];
const RELATIONSHIPS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export type Prefixes = {
  /** The prefix bound to SpreadsheetML when it is not the default namespace. */
  main: string | null;
  /** The prefix bound to relationships when it is not `r`. */
  relationships: string | null;
  /** The part is Strict Open XML. */
  strict: boolean;
};

const DECLARATION = /\sxmlns(?::([\w.-]+))?\s*=\s*(["'])(.*?)\2/g;

/** The prefixes a tag declares, over those it inherits (the root inherits none). */
export function declaredPrefixes(xml: string, tag: XmlTag, inherited: Prefixes = { main: null, relationships: null, strict: false }): Prefixes {
  const prefixes: Prefixes = { ...inherited };
  for (const match of xml.slice(tag.nameEnd, tag.end).matchAll(DECLARATION)) {
    const [, prefix, , uri = ''] = match;
    if (uri === STRICT_MAIN) prefixes.strict = true;
    if (prefix && MAIN.includes(uri)) prefixes.main = prefix;
    if (prefix && prefix !== 'r' && RELATIONSHIPS.includes(uri)) prefixes.relationships = prefix;
  }
  return prefixes;
}

/**
 * Records the one edit that gives a tag the names ExcelJS expects, with `added` attributes
 * (such as a missing cell reference) placed right after the name.
 */
export function normalizeTag(xml: string, tag: XmlTag, prefixes: Prefixes, edits: XmlEdits, added = ''): void {
  const nameStart = tag.start + (tag.kind === 'close' ? 2 : 1);
  const renamed = prefixes.main !== null && tag.name.startsWith(`${prefixes.main}:`);
  const rel = prefixes.relationships;
  const attributes = xml.slice(tag.nameEnd, tag.end);
  const relinked = rel !== null && tag.kind !== 'close' && attributes.includes(`${rel}:`);
  if (!renamed && !relinked && added === '') return;
  const name = renamed ? tag.local : tag.name;
  const rest = relinked ? attributes.replace(new RegExp(`(\\s)${rel.replace(/[.-]/g, '\\$&')}:`, 'g'), '$1r:') : attributes;
  edits.replace(nameStart, tag.end, name + added + rest);
}

/**
 * The relationship id of a tag (`r:id`, whatever the prefix). Some writers declare the prefix
 * on the tag itself (`<sheet d3p1:id="rId1" xmlns:d3p1="…relationships"/>`).
 */
export const relationshipId = (xml: string, tag: XmlTag, inherited: Prefixes) =>
  attribute(xml, tag, `${declaredPrefixes(xml, tag, inherited).relationships ?? 'r'}:id`);
