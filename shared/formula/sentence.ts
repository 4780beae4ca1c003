/**
 * A formula told as a committee reads it, instead of `=SUM('Løn, …', Kørsel, …)`: "Sum af 5
 * budgetlinjer", "Antal vejledere × 61.500 kr. × 12 måneder". An assumption it uses is told by
 * its value and unit (a count by its name: "2 antal" is no Danish), any other row by its name.
 *
 * @example formulaSentence(parseFormula("='Antal vejledere' * Pris"), words) // "Antal vejledere × 61.500 kr."
 */
import { formatDanish } from '../money/danish';
import { Decimal } from '../money/decimal';
import { PRECEDENCE, UNARY_PRECEDENCE, type Node, type PeriodSel } from './ast';

/** What the sentence needs to know of the rows and sections a formula names. */
export interface SentenceWords {
  /** A row's label and, for an assumption (a constant row), its value and unit as shown. */
  row(id: string): { label: string; constant?: { value: string; unit: string }; percent: boolean; money: boolean } | undefined;
  sectionLabel(id: string): string | undefined;
}

const OPERATOR: Partial<Record<string, string>> = { '*': '×', '/': '/', '+': '+', '-': '-', '^': '^' };
const NAMED: Record<string, string> = { MIN: 'Mindste af', MAX: 'Største af', AVERAGE: 'Gennemsnit af' };

export function formulaSentence(node: Node, words: SentenceWords): string {
  return tell(node, words, 0);
}

function tell(n: Node, words: SentenceWords, outer: number): string {
  switch (n.t) {
    case 'num':
      return number(n.v);
    case 'str':
      return `"${n.v}"`;
    case 'bool':
      return n.v ? 'SAND' : 'FALSK';
    case 'err':
      return n.code;
    case 'name':
      return `${n.name}${years(n.sel)}`;
    case 'ref':
      return reference(n.id, n.sel, words);
    case 'pct':
      return `${tell(n.arg, words, UNARY_PRECEDENCE)} %`;
    case 'unary':
      return `${n.op === '-' ? '-' : ''}${tell(n.arg, words, UNARY_PRECEDENCE)}`;
    case 'bin': {
      const p = PRECEDENCE[n.op];
      // The right side of - and / binds tighter: a - (b - c) keeps its parentheses.
      const text = `${tell(n.left, words, p)} ${OPERATOR[n.op] ?? n.op} ${tell(n.right, words, n.op === '-' || n.op === '/' ? p + 1 : p)}`;
      return p < outer ? `(${text})` : text;
    }
    case 'call':
      return call(n.fn, n.args, words);
  }
}

function reference(id: string, sel: PeriodSel | undefined, words: SentenceWords): string {
  const row = words.row(id);
  if (!row) return `${words.sectionLabel(id) ?? '?'}${years(sel)}`;
  if (row.constant && row.constant.unit !== 'antal' && !sel) {
    const { value, unit } = row.constant;
    return value.endsWith(unit) ? value : `${value} ${unit}`;
  }
  return `${row.label}${years(sel)}`;
}

function years(sel: PeriodSel | undefined): string {
  if (!sel) return '';
  return 'year' in sel ? ` ${sel.year}` : ` ${sel.from}-${sel.to}`;
}

function call(fn: string, args: Node[], words: SentenceWords): string {
  const told = args.map((a) => tell(a, words, 0));
  if (fn === 'SUM') {
    const rows = args.map((a) => (a.t === 'ref' && !a.sel ? words.row(a.id) : undefined));
    if (args.length > 1 && rows.every((r) => r !== undefined)) {
      const noun = rows.every((r) => r!.money) ? 'budgetlinjer' : rows.every((r) => r!.percent) ? 'andele' : 'rækker';
      return `Sum af ${args.length} ${noun}`;
    }
    return `Sum af ${list(told)}`;
  }
  if (fn === 'ROUND' && args.length === 2) return `${told[0]} afrundet til ${told[1]} decimaler`;
  const named = NAMED[fn];
  return named ? `${named} ${list(told)}` : `${fn}(${told.join('; ')})`;
}

function list(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} og ${items.at(-1)}` : (items[0] ?? '');
}

function number(v: string): string {
  const d = new Decimal(v);
  return formatDanish(d, { decimals: d.decimalPlaces() });
}
