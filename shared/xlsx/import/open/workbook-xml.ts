/**
 * Prepares the workbook part for ExcelJS: the sheet list is rewritten with fresh sheet ids and
 * relationship ids (openWorkbook writes the matching relationships), prefixes are normalised,
 * and defined names covering huge ranges are dropped, because ExcelJS expands every named
 * range cell by cell (a name over A1:XFD1048576 would never finish).
 */
import { rangeArea } from './cell-refs';
import { normalizeTag, relationshipId, declaredPrefixes, type Prefixes } from './namespaces';
import type { ReadBudget } from './read-budget';
import { attribute, innerText, scanXml, XmlEdits, type ScanProblem, type XmlTag } from './xml-scan';

export type SheetEntry = {
  /** The sheet's name as written in the XML (still escaped). */
  rawName: string;
  relationshipId: string;
  /** 1-based position; the sheet's new id and the number in its new part name. */
  position: number;
};

export type PreparedWorkbook = { ok: true; xml: string; sheets: SheetEntry[]; strict: boolean; droppedNames: boolean };

const REFERENCE = /\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?/g;

const namedArea = (formula: string) => [...formula.matchAll(REFERENCE)].reduce((sum, [ref]) => sum + rangeArea(ref), 0);

class WorkbookVisitor {
  readonly edits = new XmlEdits();
  readonly sheets: SheetEntry[] = [];
  prefixes: Prefixes = { main: null, relationships: null, strict: false };
  tooDeep = false;
  droppedNames = false;
  private namedCells = 0;
  private name: XmlTag | null = null;

  constructor(private readonly xml: string, private readonly budget: ReadBudget) {}

  visit(tag: XmlTag): boolean {
    if (tag.kind !== 'close') this.budget.elements++;
    if (tag.depth > this.budget.limits.maxDepth) {
      this.tooDeep = true;
      return false;
    }
    if (tag.depth === 1 && tag.kind !== 'close') this.prefixes = declaredPrefixes(this.xml, tag);
    if (tag.local === 'sheet' && tag.kind !== 'close') this.rewriteSheet(tag);
    else normalizeTag(this.xml, tag, this.prefixes, this.edits);
    if (tag.local === 'definedName' && tag.kind === 'open') this.name = tag;
    if (tag.local === 'definedName' && tag.kind === 'close' && this.name) this.checkName(this.name, tag);
    return this.budget.exceeded() === null;
  }

  private rewriteSheet(tag: XmlTag): void {
    const position = this.sheets.length + 1;
    const rawName = attribute(this.xml, tag, 'name') ?? `Ark${position}`;
    const state = attribute(this.xml, tag, 'state');
    this.sheets.push({ rawName, relationshipId: relationshipId(this.xml, tag, this.prefixes) ?? '', position });
    const stateAttribute = state === undefined ? '' : ` state="${state}"`;
    const close = tag.kind === 'empty' ? '/>' : '>';
    this.edits.replace(tag.start, tag.end, `<sheet name="${rawName}" sheetId="${position}"${stateAttribute} r:id="rId${position}"${close}`);
  }

  private checkName(open: XmlTag, close: XmlTag): void {
    this.name = null;
    const area = namedArea(innerText(this.xml, open, close));
    if (this.namedCells + area <= this.budget.limits.maxNamedCells) {
      this.namedCells += area;
      return;
    }
    this.edits.remove(open.start, close.end);
    this.droppedNames = true;
  }
}

export function prepareWorkbook(xml: string, budget: ReadBudget): PreparedWorkbook | { ok: false; problem: ScanProblem | 'too-deep' } {
  const visitor = new WorkbookVisitor(xml, budget);
  const scanned = scanXml(xml, (tag) => visitor.visit(tag));
  if (visitor.tooDeep) return { ok: false, problem: 'too-deep' };
  if (scanned) return { ok: false, problem: scanned };
  return { ok: true, xml: visitor.edits.apply(xml), sheets: visitor.sheets, strict: visitor.prefixes.strict, droppedNames: visitor.droppedNames };
}
