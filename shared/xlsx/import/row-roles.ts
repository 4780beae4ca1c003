/**
 * What each row of a table is. Rows with a label and no amounts are sections. Rows whose formulas
 * only add and subtract other rows are subtotals (inside their own section), totals or results;
 * typed rows become the same when the arithmetic of the rows above gives them (a sum of the block
 * above, of the section, of all line items, of the subtotals, or a difference of two rows).
 * Typed and cached figures of computed rows are kept as stated figures, so every one the
 * arithmetic does not give is reported, never corrected.
 */
import type { Node } from '../../formula/ast';
import { printFormula } from '../../formula/printer';
import { Decimal } from '../../money/decimal';
import type { Cell, RowKind } from '../../model/case';
import { formulaShape, translateFormula, type TranslateContext } from './formula-translate';
import { parseExcelFormula } from './excel-formula';
import { kronerText } from './cell-number';
import { columnLetter } from '../column-letters';
import { cellAddress } from './grid';
import type { SourceRow } from './source-rows';
import type { TableLayout } from './table-layout';
import { arithmeticMatch, RunningSum, type Candidates, type Figures } from './row-arithmetic';

export type ImportRole = 'input' | 'section' | 'subtotal' | 'total' | 'result';

export interface ClassifiedRow {
  source: SourceRow;
  role: ImportRole;
  /** The case row id; null for sections and payback rows. */
  id: string | null;
  kind: RowKind;
  /** Index into `ClassifiedTable.sections`. */
  section: number;
  cells: Cell[];
  stated: { values: Record<string, string>; total?: string };
}

export interface ClassifiedTable {
  /** `fromHeader`: a section row of the sheet opened it (the first section may be implicit, named after the table). */
  sections: Array<{ id: string; label: string; fromHeader: boolean }>;
  rows: ClassifiedRow[];
  warnings: string[];
}

/** Names of a result ("Resultat", "Årets resultat", "Nettoresultat", "Provenu", "Balance"), never "Resultatbetaling". */
const RESULTISH = /(^|\s)(resultat(?!betal)|balance|provenu|netto)|resultat$|påvirkning|samlet økonomi|nettoeffekt/i;

/** `prefix` keeps ids apart when several tables become one case (`t2_r1`). */
export function classifyRows(rows: SourceRow[], layout: TableLayout, factor: Decimal, yearOf: (p: number) => number, prefix = ''): ClassifiedTable {
  const warnings: string[] = [];
  const sections: ClassifiedTable['sections'] = [{ id: `${prefix}s1`, label: layout.title, fromHeader: false }];
  const byGridRow = new Map<number, string | null>();
  const out: ClassifiedRow[] = [];
  let n = 0;
  for (const source of rows) {
    const isSection = !source.payback && !hasFigures(source);
    if (isSection) {
      const current = sections.at(-1)!;
      if (sections.length === 1 && !current.fromHeader && out.every((r) => !r.id)) Object.assign(current, { label: source.label, fromHeader: true });
      else sections.push({ id: `${prefix}s${sections.length + 1}`, label: source.label, fromHeader: true });
      if (source.amounts.some((a) => a.kind === 'text')) warnings.push(`${where(layout, source)}: tekst i talkolonnerne er ikke importeret.`);
    }
    const id = isSection || source.payback !== undefined ? null : `${prefix}r${++n}`;
    byGridRow.set(source.gridRow, id);
    out.push({
      source,
      role: isSection ? 'section' : source.payback !== undefined ? 'result' : 'input',
      id,
      kind: 'input',
      section: sections.length - 1,
      cells: [],
      stated: { values: {} },
    });
  }
  const ctx: TranslateContext = {
    sheet: layout.sheet,
    rowAt: (r) => (r < layout.firstRow || r > layout.lastRow ? undefined : (byGridRow.get(r) ?? null)),
    periodOfCol: (c) => layout.periodCols.indexOf(c),
    yearOf,
    factor,
  };
  const facts = new Map<string, RowFacts>();
  const cache: TranslationCache = new Map();
  for (const row of out) {
    if (!row.id) continue;
    const nodes: Node[] = [];
    const shown = readCells(row, ctx, layout, warnings, nodes, cache);
    facts.set(row.id, { row, shown, nodes });
  }
  assignRoles(out, sections, facts, layout.periods.length, (row) => warnings.push(`${where(layout, row.source)}: "${short(row.source.label)}" hedder som en total, men ingen af dens tal følger af rækkerne over den, så den er importeret som beløb.`));
  return { sections, rows: out, warnings };
}

function hasFigures(s: SourceRow): boolean {
  return s.amounts.some((a) => a.kind === 'number' || a.kind === 'uncached' || a.kind === 'error') || s.total.kind === 'number' || s.total.kind === 'uncached';
}

interface RowFacts {
  row: ClassifiedRow;
  /** The figures the sheet shows (kroner). */
  shown: Figures;
  /** The translated formulas of the row's cells. */
  nodes: Node[];
}

/** Fills the row's cells and stated figures; returns the figures the sheet shows (kroner). */
/** Translated formulas by their text with the cell's own column left out: SUM(C5:C52) in C is SUM(D5:D52) in D. */
type TranslationCache = Map<string, { node: Node; stored: string } | null>;

function translateCell(text: string, p: number, scale: number, ctx: TranslateContext, layout: TableLayout, cache: TranslationCache): { node: Node; stored: string } | null {
  const key = columnFreeKey(text, columnLetter(layout.periodCols[p]! + 1));
  const cacheKey = key === null ? null : `${scale}|${key}`;
  if (cacheKey !== null && cache.has(cacheKey)) return cache.get(cacheKey)!;
  const parsed = parseExcelFormula(text);
  // A cell formatted to show thousands holds kroner: its constants are kroner too.
  const node = parsed && translateFormula(parsed, p, scale === 0 ? ctx : { ...ctx, factor: ctx.factor.dividedBy(new Decimal(1000).pow(scale)) });
  const result = node ? { node, stored: printFormula(node) } : null;
  if (cacheKey !== null) cache.set(cacheKey, result);
  return result;
}

const A1 = /(^|[^A-Za-z0-9_.])\$?([A-Za-z]{1,3})(\$?\d+)/g;

/** The formula text with its own column's references marked, or null when it names any other column. */
function columnFreeKey(text: string, column: string): string | null {
  let other = false;
  const key = text.replace(A1, (whole, before: string, letters: string, row: string) => {
    if (letters.toUpperCase() !== column) other = true;
    return `${before}§${row}`;
  });
  return other ? null : key;
}

function readCells(row: ClassifiedRow, ctx: TranslateContext, layout: TableLayout, warnings: string[], nodes: Node[], cache: TranslationCache): Figures {
  const shown: Figures = { exact: [], approx: new Float64Array(row.source.amounts.length) };
  const factor = ctx.factor.toNumber();
  const s = row.source;
  s.amounts.forEach((a, p) => {
    const kroner = a.kind === 'number' ? kronerText(a, ctx.factor, factor) : null;
    shown.exact.push(kroner);
    if (a.kind === 'number') shown.approx[p] = a.approx * factor;
    const text = s.formulas[p];
    if (text !== undefined) {
      const translated = translateCell(text, p, s.scales[p] ?? 0, ctx, layout, cache);
      if (translated) {
        nodes.push(translated.node);
        row.cells.push({ formula: translated.stored });
        if (kroner !== null) row.stated.values[String(p)] = kroner;
        return;
      }
      warnings.push(`${layout.sheet}!${cellAddress(s.gridRow, layout.periodCols[p]!)}: formlen =${short(text)} rækker uden for tabellen; værdien er importeret${kroner !== null ? '' : ' som tom (filen har ingen gemt værdi)'}.`);
    } else if (a.kind === 'text') {
      warnings.push(`${layout.sheet}!${cellAddress(s.gridRow, layout.periodCols[p]!)}: "${short(a.text)}" er ikke et tal og er ikke importeret.`);
    } else if (a.kind === 'error') {
      warnings.push(`${layout.sheet}!${cellAddress(s.gridRow, layout.periodCols[p]!)}: fejlværdien ${a.code} er importeret som tom.`);
    }
    row.cells.push(kroner !== null ? { value: kroner } : null);
  });
  if (s.total.kind === 'number') row.stated.total = kronerText(s.total, ctx.factor, factor);
  else if (s.total.kind === 'text') warnings.push(`${where(layout, s)}: totalkolonnen holder teksten "${short(s.total.text)}".`);
  return shown;
}

/** `unmatched`: a row named as a total that the arithmetic of the rows above gives in no column. */
function assignRoles(rows: ClassifiedRow[], sections: ClassifiedTable['sections'], facts: Map<string, RowFacts>, periods: number, unmatched: (row: ClassifiedRow) => void): void {
  const signs = new Map<string, Set<number>>();
  const signsOf = (id: string): Set<number> => {
    const known = signs.get(id);
    if (known) return known;
    const out = new Set<number>();
    signs.set(id, out);
    const f = facts.get(id)!;
    if (f.row.kind === 'input') for (const v of f.shown.approx) if (v !== 0) out.add(Math.sign(v));
    for (const ref of idsOf(f.nodes)) if (ref !== id && facts.has(ref)) for (const sgn of signsOf(ref)) out.add(sgn);
    return out;
  };
  const block = new RunningSum(periods);
  const section = new RunningSum(periods);
  const allInputs = new RunningSum(periods);
  const subtotals = new RunningSum(periods);
  const recent: Candidates['recent'] = [];
  let sectionWhole = true;
  // A table's bottom row is placed as a total (payback lines below it state key figures, not amounts).
  const bottom = rows.findLast((r) => r.id !== null)?.id ?? null;
  for (const row of rows) {
    if (row.role === 'section') {
      block.clear();
      section.clear();
      sectionWhole = true;
      continue;
    }
    if (!row.id) continue;
    const f = facts.get(row.id)!;
    if (f.nodes.length > 0) {
      // A row's cells usually share one translated formula: look at each distinct one once.
      const shapes = [...new Set(f.nodes)].map(formulaShape);
      if (shapes.every((s) => s.linear)) {
        const ids = [...new Set(shapes.flatMap((s) => s.ids))].filter((id) => facts.has(id));
        row.role = sumRole(row, ids.map((id) => facts.get(id)!.row), sections, ids.flatMap((id) => [...signsOf(id)]));
        row.kind = kindOf(row.role);
        formulaEverywhere(row, f.shown);
      } else {
        row.kind = 'formula';
      }
    } else if (block.ids.length > 0 || subtotals.ids.length > 0) {
      const match = arithmeticMatch(f.shown, {
        block, section, allInputs, subtotals, recent, sectionWhole,
        sectionId: sections[row.section]!.id,
        looksComputed: row.source.bold || RESULTISH.test(row.source.label) || TOTALISH.test(row.source.label),
        placedAsTotal: row.id === bottom,
      });
      if (match) {
        row.cells = row.cells.map(() => ({ formula: printFormula(match.formula) }));
        f.nodes.push(match.formula);
        for (const [p, v] of f.shown.exact.entries()) if (v !== null) row.stated.values[String(p)] = v;
        row.role = match.kind === 'difference' || match.kind === 'subtotals' ? 'result'
          : sumRole(row, match.ids.map((id) => facts.get(id)!.row), sections, match.ids.flatMap((id) => [...signsOf(id)]));
        row.kind = kindOf(row.role);
      } else if (RESULTISH.test(row.source.label) || TOTALISH.test(row.source.label)) {
        unmatched(row);
      }
    }
    if (row.role === 'input') {
      block.add(row.id, f.shown);
      section.add(row.id, f.shown);
      allInputs.add(row.id, f.shown);
    } else {
      block.clear();
      sectionWhole = false;
      if (row.role === 'subtotal') subtotals.add(row.id, f.shown);
    }
    recent.push({ id: row.id, v: f.shown.exact });
    if (recent.length > RECENT_ROWS) recent.shift();
  }
}

/**
 * A computed row computes in every period: a cell the sheet typed (or whose formula reaches
 * outside the table) gets the row's own formula, and its figure is kept as a stated one.
 */
function formulaEverywhere(row: ClassifiedRow, shown: Figures): void {
  const counts = new Map<string, number>();
  for (const cell of row.cells) if (cell && 'formula' in cell) counts.set(cell.formula, (counts.get(cell.formula) ?? 0) + 1);
  if (counts.size === 0 || row.cells.every((cell) => cell && 'formula' in cell)) return;
  const formula = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  row.cells = row.cells.map((cell, p) => {
    if (cell && 'formula' in cell) return cell;
    const figure = shown.exact[p];
    if (figure !== null && figure !== undefined) row.stated.values[String(p)] = figure;
    return { formula };
  });
}

const RECENT_ROWS = 6;
const TOTALISH = /total|i alt|samlet|samlede|\bsum\b/i;

function idsOf(nodes: Node[]): string[] {
  return [...new Set(nodes)].flatMap((n) => formulaShape(n).ids);
}

function sumRole(row: ClassifiedRow, refs: ClassifiedRow[], sections: ClassifiedTable['sections'], signs: number[]): ImportRole {
  if (RESULTISH.test(row.source.label)) return 'result';
  const inSection = sections[row.section]!.fromHeader;
  if (inSection && refs.length > 0 && refs.every((r) => r.section === row.section)) return 'subtotal';
  if (new Set(refs.map((r) => r.section)).size > 1) return 'result';
  return new Set(signs).size > 1 ? 'result' : 'total';
}

function kindOf(role: ImportRole): RowKind {
  return role === 'result' ? 'result' : role === 'subtotal' || role === 'total' ? 'subtotal' : 'input';
}

function where(layout: TableLayout, s: SourceRow): string {
  return `${layout.sheet}!${cellAddress(s.gridRow, Math.max(0, layout.labelCol))}`;
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
