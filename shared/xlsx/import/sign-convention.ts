/**
 * Which way a table's result points, inferred from what the table proves, strongest first:
 * 1. its arithmetic: the result's formula as signed terms, each term's kind read from its label
 *    (or its section's). Gains minus costs (Aarhus: Provenu = Besparelse − Investering) is gains
 *    positive; a sum with costs positive and savings negative (Rebild) is expenses positive;
 * 2. a stated payback line (Tilbagebetalingstid) that only one reading gives;
 * 3. the signs of the labelled rows (costs typed negative and income positive: gains positive);
 * 4. the result's own name (Provenu, Gevinst: gains positive; Udgifter, Merudgift: expenses positive);
 * 5. else the municipal standard: expenses positive.
 * The sign of a row is the sign of its sum over the periods.
 */
import type { Engine } from '../../engine/engine';
import { paybackUnder } from '../../figures/key-figures';
import { yearsText } from '../../figures/stated';
import { paybackFigureOf } from './header-labels';
import type { Node } from '../../formula/ast';
import { parseFormula } from '../../formula/parser';
import { Decimal } from '../../money/decimal';
import type { Bucket, Case, Row } from '../../model/case';
import { isSectionMember } from '../../model/rows';

export type Convention = Case['result']['convention'];

/** What the verdict rests on, as plain data for the preview to put into words. */
export type ConventionBasis =
  /** The result and the rows it adds (sign 1) or subtracts (-1); `more` rows beyond those listed. */
  | { kind: 'arithmetic'; result: string; terms: Term[]; more: number }
  | { kind: 'payback'; row: string; stated: string }
  | { kind: 'signs'; rows: string[]; more: number }
  | { kind: 'label'; row: string }
  | { kind: 'default' };

export interface Term {
  label: string;
  sign: 1 | -1;
}

export interface ConventionVerdict {
  convention: Convention;
  basis: ConventionBasis;
}

export interface PaybackLine {
  label: string;
  stated: string;
}

export function inferConvention(c: Case, engine: Engine, paybackLines: PaybackLine[]): ConventionVerdict {
  const rows = new Map<string, { row: Row; section: string }>();
  for (const s of c.sections) for (const row of s.rows) rows.set(row.id, { row, section: s.label });
  const table: Table = { c, engine, rows, result: c.result.rowId ? rows.get(c.result.rowId)?.row : undefined, sign: rowSign(engine) };
  return byArithmetic(table) ?? byPayback(table, paybackLines) ?? bySigns(table) ?? byName(table) ?? { convention: 'expensePositive', basis: { kind: 'default' } };
}

interface Table {
  c: Case;
  engine: Engine;
  rows: Map<string, { row: Row; section: string }>;
  result: Row | undefined;
  sign: (row: Row) => number;
}

function byArithmetic(t: Table): ConventionVerdict | null {
  const terms = t.result ? resultTerms(t.c, t.result, t.rows) : null;
  const verdict = terms && tally(terms.leaves.map((leaf) => vote(leaf.bucket, leaf.coefficient * t.sign(leaf.row))));
  if (!verdict) return null;
  return { convention: verdict, basis: { kind: 'arithmetic', result: t.result!.label, terms: terms.named.slice(0, SHOWN_TERMS), more: Math.max(0, terms.named.length - SHOWN_TERMS) } };
}

/** A payback line that only one reading of the result gives. */
function byPayback(t: Table, lines: PaybackLine[]): ConventionVerdict | null {
  if (!t.result) return null;
  for (const line of lines) {
    const stated = line.stated.trim();
    const agreeing = (['expensePositive', 'gainPositive'] as const).filter((conv) => {
      const years = paybackUnder(t.c, t.engine, conv);
      const computed = paybackFigureOf(line.label) === 'paybackService' ? years.service : years.total;
      return yearsText(computed) === stated;
    });
    if (agreeing.length === 1) return { convention: agreeing[0]!, basis: { kind: 'payback', row: line.label, stated } };
  }
  return null;
}

/** Labelled rows read as if the result were their sum: costs typed negative and income positive say gains positive. */
function bySigns(t: Table): ConventionVerdict | null {
  const labelled = [...t.rows.values()].filter(({ row }) => row.kind === 'input' && bucketKind(bucketOf(row, t.rows)) !== null);
  const verdict = tally(labelled.map(({ row }) => vote(bucketOf(row, t.rows), t.sign(row))));
  if (!verdict) return null;
  return { convention: verdict, basis: { kind: 'signs', rows: labelled.slice(0, SHOWN_TERMS).map(({ row }) => row.label), more: Math.max(0, labelled.length - SHOWN_TERMS) } };
}

function byName(t: Table): ConventionVerdict | null {
  if (!t.result) return null;
  if (GAIN_NAME.test(t.result.label)) return { convention: 'gainPositive', basis: { kind: 'label', row: t.result.label } };
  if (EXPENSE_NAME.test(t.result.label)) return { convention: 'expensePositive', basis: { kind: 'label', row: t.result.label } };
  return null;
}

const GAIN_NAME = /provenu|gevinst|overskud|besparelse/i;
const EXPENSE_NAME = /udgift|omkostning|underskud/i;
/** The preview names this many of the result's terms. */
const SHOWN_TERMS = 6;
/** How deep subtotals are opened up to find labelled rows. */
const MAX_DEPTH = 4;

type Vote = Convention | null;

/** A cost adding to the result, or a gain taking from it, says expenses positive; the reverse says gains positive. */
function vote(bucket: Bucket | undefined, direction: number): Vote {
  const kind = bucketKind(bucket);
  if (kind === null || direction === 0) return null;
  return (kind === 'cost') === direction > 0 ? 'expensePositive' : 'gainPositive';
}

/** Medfinansiering is left out: a note may add it as a cost (Rebild) or count it as money found. */
function bucketKind(bucket: Bucket | undefined): 'cost' | 'gain' | null {
  if (bucket === 'investering') return 'cost';
  if (bucket === 'besparelse' || bucket === 'indtægt') return 'gain';
  return null;
}

function tally(votes: Vote[]): Convention | null {
  const gains = votes.filter((v) => v === 'gainPositive').length;
  const expenses = votes.filter((v) => v === 'expensePositive').length;
  return gains === expenses ? null : gains > expenses ? 'gainPositive' : 'expensePositive';
}

function rowSign(engine: Engine): (row: Row) => number {
  const known = new Map<string, number>();
  return (row) => {
    let s = known.get(row.id);
    if (s === undefined) {
      const sum = engine.rowValues(row.id).reduce<Decimal>((acc, v) => (v instanceof Decimal ? acc.plus(v) : acc), new Decimal(0));
      s = sum.isZero() ? 0 : sum.isNegative() ? -1 : 1;
      known.set(row.id, s);
    }
    return s;
  };
}

/**
 * A row's kind of money: its classification's, else what its label or its section's says
 * ("Gevinster"; the rows under "Implementeringsomkostninger").
 */
function bucketOf(row: Row, rows: Map<string, { row: Row; section: string }>): Bucket | undefined {
  const said = (text: string) => MONEY_WORDS.find(([re]) => re.test(text))?.[1];
  return row.classification.bucket ?? said(row.label) ?? said(rows.get(row.id)?.section ?? '');
}

const MONEY_WORDS: Array<[RegExp, Bucket]> = [
  [/besparelse|varige ændringer|gevinst/i, 'besparelse'],
  [/investering|implementering|omkostning|udgift/i, 'investering'],
  [/indtægt/i, 'indtægt'],
];

interface Leaf {
  row: Row;
  bucket: Bucket | undefined;
  coefficient: number;
}

/**
 * The result's formula as signed terms down to labelled rows (unlabelled subtotals are opened up),
 * and as the row names it adds and subtracts; null when it is not a plain sum or difference of rows.
 */
function resultTerms(c: Case, result: Row, rows: Map<string, { row: Row; section: string }>): { leaves: Leaf[]; named: Term[] } | null {
  const top = signedRefs(formulaOf(result));
  if (!top) return null;
  const leaves: Leaf[] = [];
  const open = (id: string, coefficient: number, depth: number): void => {
    const section = c.sections.find((s) => s.id === id);
    if (section) {
      for (const r of section.rows) if (isSectionMember(r)) open(r.id, coefficient, depth);
      return;
    }
    const found = rows.get(id);
    if (!found) return;
    const bucket = bucketOf(found.row, rows);
    const inner = bucket === undefined && depth < MAX_DEPTH && found.row.kind !== 'input' ? signedRefs(formulaOf(found.row)) : null;
    if (inner) for (const t of inner) open(t.id, coefficient * t.coefficient, depth + 1);
    else leaves.push({ row: found.row, bucket, coefficient });
  };
  for (const t of top) open(t.id, t.coefficient, 0);
  const named = top.flatMap((t): Term[] => {
    const section = c.sections.find((s) => s.id === t.id);
    const labels = section ? section.rows.filter(isSectionMember).map((r) => r.label) : [rows.get(t.id)?.row.label ?? t.id];
    return labels.map((label) => ({ label, sign: t.coefficient < 0 ? -1 : 1 }));
  });
  return { leaves, named };
}

function formulaOf(row: Row): Node | null {
  const cell = row.cells.find((x) => x !== null && 'formula' in x);
  if (!cell || !('formula' in cell)) return null;
  try {
    return parseFormula(cell.formula);
  } catch {
    return null;
  }
}

/** The references of a sum or difference with their signs; null for anything else (products, functions, single years). */
function signedRefs(node: Node | null): Array<{ id: string; coefficient: number }> | null {
  if (!node) return null;
  const out: Array<{ id: string; coefficient: number }> = [];
  const visit = (n: Node, k: number): boolean => {
    if (n.t === 'ref') {
      if (n.sel) return false;
      out.push({ id: n.id, coefficient: k });
      return true;
    }
    if (n.t === 'num') return true;
    if (n.t === 'unary') return visit(n.arg, n.op === '-' ? -k : k);
    if (n.t === 'bin' && (n.op === '+' || n.op === '-')) return visit(n.left, k) && visit(n.right, n.op === '-' ? -k : k);
    if (n.t === 'call' && n.fn === 'SUM') return n.args.every((a) => visit(a, k));
    return false;
  };
  return visit(node, 1) && out.length > 0 ? out : null;
}
