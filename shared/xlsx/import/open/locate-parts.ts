/**
 * Finds the workbook part and its relationships the way the package says (so a workbook stored
 * at the zip root, as in calamine-minimal_package, is found), falling back to `xl/workbook.xml`
 * when the package's own relationships are missing or broken.
 */
import { openErrors, openWarnings } from './open-messages';
import type { PartReader } from './part-reader';
import { isType, parseRelationships, relationshipsPartOf, resolveTarget, type Relationship } from './relationships';
import type { ScanProblem } from './xml-scan';

export type WorkbookLocation = { ok: true; path: string; text: string; warnings: string[] } | { ok: false; error: string };

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

/** The sentence for an XML part that cannot be passed on. */
export function xmlProblemMessage(problem: ScanProblem | 'too-deep', part: string): string {
  if (problem === 'doctype') return openErrors.doctype(part);
  if (problem === 'too-deep') return openErrors.tooDeep(part);
  return openErrors.malformedXml(part);
}

function officeDocumentPath(reader: PartReader, warnings: string[]): string {
  const rels = reader.read('_rels/.rels');
  if (rels.ok !== true) return DEFAULT_WORKBOOK;
  const parsed = parseRelationships(rels.text);
  if (!parsed.ok) {
    warnings.push(openWarnings.brokenPackageRels);
    return DEFAULT_WORKBOOK;
  }
  const main = parsed.relationships.find((rel) => isType(rel, 'officeDocument') && !rel.external);
  return main ? resolveTarget('', main.target) : DEFAULT_WORKBOOK;
}

export function locateWorkbook(reader: PartReader): WorkbookLocation {
  const warnings: string[] = [];
  let path = officeDocumentPath(reader, warnings);
  if (path.toLowerCase().endsWith('.bin')) return { ok: false, error: openErrors.xlsb };
  let part = reader.read(path);
  if (part.ok === 'missing' && path !== DEFAULT_WORKBOOK) {
    path = DEFAULT_WORKBOOK;
    part = reader.read(path);
  }
  if (part.ok === 'missing') return { ok: false, error: openErrors.notWorkbook };
  if (part.ok === false) return part;
  return { ok: true, path, text: part.text, warnings };
}

export type WorkbookRelationships = { ok: true; relationships: Relationship[] } | { ok: false; error: string };

export function readWorkbookRelationships(reader: PartReader, workbookPath: string): WorkbookRelationships {
  const relsPath = relationshipsPartOf(workbookPath);
  const part = reader.read(relsPath);
  if (part.ok === 'missing') return { ok: true, relationships: [] };
  if (part.ok === false) return part;
  const parsed = parseRelationships(part.text);
  if (!parsed.ok) return { ok: false, error: xmlProblemMessage(parsed.problem, relsPath) };
  return { ok: true, relationships: parsed.relationships };
}
