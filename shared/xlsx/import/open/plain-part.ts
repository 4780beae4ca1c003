/**
 * Prepares a part that needs no structural change (shared strings, styles): counted against the
 * budget, checked for depth and DOCTYPE, its prefixes normalised; texts over Excel's cell limit
 * are noticed (poi-poc-shared-strings points 12 000 cells at one 1 MB string).
 */
import { MixedRunFixer } from './mixed-runs';
import { normalizeTag, declaredPrefixes, type Prefixes } from './namespaces';
import type { Exceeded, ReadBudget } from './read-budget';
import { scanXml, XmlEdits, type ScanProblem, type XmlTag } from './xml-scan';

/** Excel's own limit on the characters in one cell. */
const EXCEL_MAX_TEXT = 32_767;

export type PreparedPart = { ok: true; xml: string; longText: boolean };

export function preparePlainPart(xml: string, budget: ReadBudget): PreparedPart | { ok: false; problem: ScanProblem | Exceeded | 'too-deep' } {
  const edits = new XmlEdits();
  let prefixes: Prefixes = { main: null, relationships: null, strict: false };
  let problem: Exceeded | 'too-deep' | null = null;
  let text: XmlTag | null = null;
  let longText = false;
  const runs = new MixedRunFixer(xml, edits);
  const scanned = scanXml(xml, (tag) => {
    if (tag.kind !== 'close') budget.elements++;
    if (tag.depth === 1 && tag.kind !== 'close') prefixes = declaredPrefixes(xml, tag);
    normalizeTag(xml, tag, prefixes, edits);
    runs.visit(tag);
    if (tag.local === 't') {
      if (tag.kind === 'open') text = tag;
      else if (tag.kind === 'close' && text) longText ||= tag.start - text.end > EXCEL_MAX_TEXT;
    }
    problem = tag.depth > budget.limits.maxDepth ? 'too-deep' : budget.exceeded();
    return problem === null;
  });
  if (problem) return { ok: false, problem };
  if (scanned) return { ok: false, problem: scanned };
  return { ok: true, xml: edits.apply(xml), longText };
}
