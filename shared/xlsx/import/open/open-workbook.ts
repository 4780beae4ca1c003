/**
 * The door for untrusted workbook bytes: says what a file is when it is not a readable xlsx,
 * checks the zip directory and every part it will use against the limits before inflating
 * it, guards the XML, then hands ExcelJS a small, clean package made of just the parts it reads
 * (workbook, its sheets, shared strings, styles), and turns anything ExcelJS throws into one
 * sentence. Runs unchanged in Node, the browser and a Web Worker.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { applyMerges } from './apply-merges';
import { locateWorkbook, readWorkbookRelationships, xmlProblemMessage } from './locate-parts';
import { DEFAULT_OPEN_LIMITS, type OpenLimits } from './open-limits';
import { openErrors, openWarnings } from './open-messages';
import { hasMacros, identifyPackage, indexEntries } from './package-index';
import { PartReader } from './part-reader';
import { preparePlainPart } from './plain-part';
import { ReadBudget, type Exceeded } from './read-budget';
import { isType, resolveTarget, type Relationship } from './relationships';
import { prepareSheet } from './sheet-xml';
import { sniffBytes } from './sniff-bytes';
import { prepareWorkbook, type SheetEntry } from './workbook-xml';
import { unescapeXml, type ScanProblem } from './xml-scan';
import { readZipDirectory } from './zip-directory';

export type { OpenLimits } from './open-limits';

export type OpenedWorkbook = { ok: true; workbook: ExcelJS.Workbook; warnings: string[] } | { ok: false; error: string };

class Refused extends Error {
  constructor(readonly sentence: string) {
    super(sentence);
  }
}

function problemMessage(problem: ScanProblem | Exceeded | 'too-deep', part: string, limits: OpenLimits): string {
  switch (problem) {
    case 'cells': return openErrors.tooManyCells(limits.maxCells);
    case 'rows': return openErrors.tooManyRows(limits.maxRows);
    case 'elements': return openErrors.tooManyElements(limits.maxElements);
    case 'merged': return openErrors.tooManyMerged(limits.maxMergedCells);
    default: return xmlProblemMessage(problem, part);
  }
}

type LoadedSheet = { entry: SheetEntry; name: string; merges: string[] };

/** Collects the parts for ExcelJS under the names it looks for, with their warnings. */
class CleanPackage {
  readonly files: Zippable = {};
  readonly warnings = new Set<string>();
  readonly sheets: LoadedSheet[] = [];
  private readonly emptySheets: string[] = [];
  private readonly budget: ReadBudget;

  constructor(private readonly reader: PartReader, private readonly limits: OpenLimits) {
    this.budget = new ReadBudget(limits);
  }

  addWorkbook(path: string, text: string): SheetEntry[] {
    const prepared = prepareWorkbook(text, this.budget);
    if (!prepared.ok) throw new Refused(problemMessage(prepared.problem, path, this.limits));
    if (prepared.strict) this.warnings.add(openWarnings.strict);
    if (prepared.droppedNames) this.warnings.add(openWarnings.hugeNames);
    this.files['xl/workbook.xml'] = strToU8(prepared.xml);
    return prepared.sheets;
  }

  addSheet(entry: SheetEntry, path: string): void {
    const name = unescapeXml(entry.rawName);
    const part = this.reader.read(path);
    if (part.ok === 'missing') return void this.warnings.add(openWarnings.missingSheet(name));
    if (part.ok === false) throw new Refused(part.error);
    const prepared = prepareSheet(part.text, this.budget);
    if (!prepared.ok) throw new Refused(problemMessage(prepared.problem, path, this.limits));
    if (prepared.droppedDeepExtension) this.warnings.add(openWarnings.deepExtension(name));
    if (prepared.cells === 0) this.emptySheets.push(name);
    this.files[`xl/worksheets/sheet${entry.position}.xml`] = strToU8(prepared.xml);
    this.sheets.push({ entry, name, merges: prepared.merges });
  }

  /** Shared strings or styles; a part the workbook names but the zip lacks is a warning. */
  addPlain(path: string, canonical: string, missingWarning: string): void {
    const part = this.reader.read(path);
    if (part.ok === 'missing') return void this.warnings.add(missingWarning);
    if (part.ok === false) throw new Refused(part.error);
    const prepared = preparePlainPart(part.text, this.budget);
    if (!prepared.ok) throw new Refused(problemMessage(prepared.problem, path, this.limits));
    if (prepared.longText) this.warnings.add(openWarnings.longText);
    this.files[canonical] = strToU8(prepared.xml);
  }

  /** The workbook's relationships as ExcelJS expects them: `rId<n>` → `worksheets/sheet<n>.xml`. */
  finish(): Uint8Array {
    if (this.emptySheets.length > 0) this.warnings.add(openWarnings.emptySheets(this.emptySheets));
    const rels = this.sheets.map(({ entry }) =>
      `<Relationship Id="rId${entry.position}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${entry.position}.xml"/>`);
    this.files['xl/_rels/workbook.xml.rels'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    );
    return zipSync(this.files, { level: 0 });
  }
}

function buildPackage(bytes: Uint8Array, limits: OpenLimits): { zip: Uint8Array; sheets: LoadedSheet[]; warnings: string[] } {
  const sniffed = sniffBytes(bytes);
  if (sniffed.kind === 'refused') throw new Refused(sniffed.error);
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) throw new Refused(directory.reason === 'broken' ? openErrors.brokenZip : openErrors.tooManyEntries(limits.maxEntries));
  const indexed = indexEntries(directory.entries);
  if (!indexed.ok) throw new Refused(indexed.error);
  const notXlsx = identifyPackage(indexed.index);
  if (notXlsx) throw new Refused(notXlsx);

  const reader = new PartReader(bytes, indexed.index, limits);
  const located = locateWorkbook(reader);
  if (!located.ok) throw new Refused(located.error);
  const rels = readWorkbookRelationships(reader, located.path);
  if (!rels.ok) throw new Refused(rels.error);
  const clean = new CleanPackage(reader, limits);
  located.warnings.forEach((w) => clean.warnings.add(w));
  const sheets = clean.addWorkbook(located.path, located.text);
  if (sheets.length === 0) throw new Refused(openErrors.noSheets);
  if (sheets.length > limits.maxSheets) throw new Refused(openErrors.tooManySheets(limits.maxSheets));

  const byId = new Map(rels.relationships.map((rel) => [rel.id, rel]));
  const target = (rel: Relationship) => resolveTarget(located.path, rel.target);
  for (const entry of sheets) {
    const rel = byId.get(entry.relationshipId);
    if (rel && isType(rel, 'worksheet') && !rel.external) clean.addSheet(entry, target(rel));
    else if (!rel) clean.warnings.add(openWarnings.missingSheet(unescapeXml(entry.rawName)));
  }
  const strings = rels.relationships.find((rel) => isType(rel, 'sharedStrings'));
  if (strings) clean.addPlain(target(strings), 'xl/sharedStrings.xml', openWarnings.missingSharedStrings);
  const styles = rels.relationships.find((rel) => isType(rel, 'styles'));
  if (styles) clean.addPlain(target(styles), 'xl/styles.xml', openWarnings.missingStyles);
  if (rels.relationships.some((rel) => isType(rel, 'externalLink'))) clean.warnings.add(openWarnings.externalLinks);
  if (hasMacros(indexed.index)) clean.warnings.add(openWarnings.macros);
  if (indexed.index.oddNames || reader.looseNames) clean.warnings.add(openWarnings.renamedParts);
  return { zip: clean.finish(), sheets: clean.sheets, warnings: [...clean.warnings] };
}

async function loadWithExcelJs(bytes: Uint8Array, limits: OpenLimits): Promise<OpenedWorkbook> {
  const built = buildPackage(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's type says Buffer; it hands the data to JSZip, which takes any Uint8Array.
  await workbook.xlsx.load(built.zip as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  for (const sheet of built.sheets) {
    const worksheet = workbook.getWorksheet(sheet.name);
    if (worksheet) applyMerges(worksheet, sheet.merges);
  }
  if (workbook.worksheets.length === 0) return { ok: false, error: openErrors.noSheets };
  return { ok: true, workbook, warnings: built.warnings };
}

/** Opens untrusted bytes as an ExcelJS workbook, or says in one Danish sentence why not. */
export async function openWorkbook(bytes: Uint8Array, limits: Partial<OpenLimits> = {}): Promise<OpenedWorkbook> {
  try {
    return await loadWithExcelJs(bytes, { ...DEFAULT_OPEN_LIMITS, ...limits });
  } catch (error) {
    return { ok: false, error: error instanceof Refused ? error.sentence : openErrors.unreadable };
  }
}
