/**
 * Prepares one worksheet's XML for ExcelJS: counts its cells against the budget, fills in the
 * row and cell references some writers leave out (ExcelJS fails without them), takes out the
 * merged ranges (ExcelJS checks each new merge against all earlier ones, quadratic in their
 * number; openWorkbook applies them afterwards), and removes what would make ExcelJS expand
 * ranges cell by cell or follow relationships this reader does not carry.
 */
import { columnLetter } from '../../column-letters';
import { columnOfCell, rangeArea } from './cell-refs';
import { MixedRunFixer } from './mixed-runs';
import { normalizeTag, declaredPrefixes, type Prefixes } from './namespaces';
import type { Exceeded, ReadBudget } from './read-budget';
import { attribute, scanXml, XmlEdits, type ScanProblem, type XmlTag } from './xml-scan';

export type PreparedSheet = {
  ok: true;
  xml: string;
  cells: number;
  /** Merged ranges (`A1:C1`), to be applied once ExcelJS has loaded the sheet. */
  merges: string[];
  /** A deeply nested extension list was taken out. */
  droppedDeepExtension: boolean;
};

export type SheetProblem = ScanProblem | Exceeded | 'too-deep';

/**
 * Elements removed whole: data validations (ExcelJS expands their ranges cell by cell), and
 * everything that points into the sheet's relationships (hyperlinks, drawings, tables, comments'
 * drawings, controls), which openWorkbook does not pass on.
 */
const REMOVED = new Set(['mergeCells', 'dataValidations', 'hyperlinks', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'tableParts', 'picture', 'oleObjects', 'controls']);

class SheetVisitor {
  readonly edits = new XmlEdits();
  readonly merges: string[] = [];
  cells = 0;
  droppedDeepExtension = false;
  problem: SheetProblem | null = null;
  private prefixes: Prefixes = { main: null, relationships: null, strict: false };
  private removing: XmlTag | null = null;
  private extension: XmlTag | null = null;
  private extensionTooDeep = false;
  private inSheetData = false;
  private row = 0;
  private column = 0;

  private readonly runs: MixedRunFixer;

  constructor(private readonly xml: string, private readonly budget: ReadBudget) {
    this.runs = new MixedRunFixer(xml, this.edits);
  }

  visit(tag: XmlTag): boolean {
    if (tag.kind !== 'close') this.budget.elements++;
    if (tag.depth === 1 && tag.kind !== 'close') this.prefixes = declaredPrefixes(this.xml, tag);
    if (tag.depth > this.budget.limits.maxDepth) {
      if (!this.extension) return this.stop('too-deep');
      this.extensionTooDeep = true;
    }
    if (tag.local === 'sheetData') this.inSheetData = tag.kind === 'open';
    if (!this.removing) this.transform(tag);
    if (tag.local === 'mergeCell' && tag.kind !== 'close') this.addMerge(attribute(this.xml, tag, 'ref') ?? '');
    this.trackRemovals(tag);
    const exceeded = this.budget.exceeded();
    return exceeded ? this.stop(exceeded) : true;
  }

  private stop(problem: SheetProblem): false {
    this.problem = problem;
    return false;
  }

  private transform(tag: XmlTag): void {
    let added = '';
    if (this.inSheetData && tag.kind !== 'close' && tag.local === 'row') added = this.rowReference(tag);
    if (this.inSheetData && tag.kind !== 'close' && tag.local === 'c') added = this.cellReference(tag);
    if (!REMOVED.has(tag.local)) normalizeTag(this.xml, tag, this.prefixes, this.edits, added);
    this.runs.visit(tag);
  }

  /** A stated reference is kept as it is, however odd; only a missing one is filled in. */
  private rowReference(tag: XmlTag): string {
    this.budget.rows++;
    this.column = 0;
    const stated = attribute(this.xml, tag, 'r');
    const number = Number(stated);
    this.row = Number.isInteger(number) && number > 0 ? number : this.row + 1;
    return stated === undefined ? ` r="${this.row}"` : '';
  }

  private cellReference(tag: XmlTag): string {
    this.budget.cells++;
    this.cells++;
    const stated = attribute(this.xml, tag, 'r');
    const column = columnOfCell(stated ?? '');
    this.column = column > 0 ? column : this.column + 1;
    return stated === undefined ? ` r="${columnLetter(this.column)}${this.row}"` : '';
  }

  private addMerge(ref: string): void {
    const area = rangeArea(ref);
    if (area === 0) return;
    this.budget.mergedCells += area;
    this.merges.push(ref);
  }

  private trackRemovals(tag: XmlTag): void {
    if (!this.removing && !this.extension && REMOVED.has(tag.local)) {
      if (tag.kind === 'empty') this.edits.remove(tag.start, tag.end);
      if (tag.kind === 'open') this.removing = tag;
    } else if (this.removing && tag.kind === 'close' && tag.depth === this.removing.depth) {
      this.edits.remove(this.removing.start, tag.end);
      this.removing = null;
    }
    if (!this.removing && !this.extension && tag.local === 'extLst' && tag.kind === 'open') this.extension = tag;
    else if (this.extension && tag.kind === 'close' && tag.depth === this.extension.depth) {
      if (this.extensionTooDeep) this.edits.remove(this.extension.start, tag.end);
      this.droppedDeepExtension ||= this.extensionTooDeep;
      this.extension = null;
      this.extensionTooDeep = false;
    }
  }
}

export function prepareSheet(xml: string, budget: ReadBudget): PreparedSheet | { ok: false; problem: SheetProblem } {
  const visitor = new SheetVisitor(xml, budget);
  const scanned = scanXml(xml, (tag) => visitor.visit(tag));
  if (visitor.problem) return { ok: false, problem: visitor.problem };
  if (scanned) return { ok: false, problem: scanned };
  return { ok: true, xml: visitor.edits.apply(xml), cells: visitor.cells, merges: visitor.merges, droppedDeepExtension: visitor.droppedDeepExtension };
}
