/**
 * Relationship parts (`_rels/*.rels`): which part is the workbook, which parts are its sheets,
 * shared strings and styles. Read with the flat scanner, whatever prefix the writer chose
 * (openpyxl once wrote `ns0:Relationship`).
 */
import { attribute, scanXml, unescapeXml } from './xml-scan';

export type Relationship = { id: string; type: string; target: string; external: boolean };

export type RelationshipsResult = { ok: true; relationships: Relationship[] } | { ok: false; problem: 'doctype' | 'malformed' };

export function parseRelationships(xml: string): RelationshipsResult {
  const relationships: Relationship[] = [];
  const problem = scanXml(xml, (tag) => {
    if (tag.local !== 'Relationship' || tag.kind === 'close') return;
    relationships.push({
      id: unescapeXml(attribute(xml, tag, 'Id') ?? ''),
      type: attribute(xml, tag, 'Type') ?? '',
      target: unescapeXml(attribute(xml, tag, 'Target') ?? ''),
      external: attribute(xml, tag, 'TargetMode') === 'External',
    });
  });
  return problem === 'doctype' || problem === 'malformed' ? { ok: false, problem } : { ok: true, relationships };
}

/** Transitional and Strict relationship types end in the same word (`…/worksheet`). */
export const isType = (relationship: Relationship, kind: string) => relationship.type.endsWith(`/${kind}`);

/** Where the relationships of a part are stored: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** The package path a relative (or package-absolute) target points at from a source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = decodeTarget(target).replace(/\\/g, '/');
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}
