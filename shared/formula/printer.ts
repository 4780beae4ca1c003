/**
 * AST -> text. One printer serves storage (ids as `{r12}`) and display (today's row names), so
 * what a person sees and what the file holds cannot drift apart. Storage is always canonical
 * (`0.1`, `ROUND(x, 0)`); display is Danish (`0,1`, `ROUND(x; 0)`) or English, and either reads
 * back as the same formula when typed (see lexer.ts).
 */
import { PERCENT_PRECEDENCE, PRECEDENCE, UNARY_PRECEDENCE, walk, type Node, type PeriodSel } from './ast';

/** The spelling of numbers and argument separators: the file's, or the Danish or English UI's. */
export type FormulaStyle = 'stored' | 'danish' | 'english';

/** How to spell a reference: storage keeps the id, display looks up the current name. */
export type RefSpeller = (id: string) => string;

export const storageSpeller: RefSpeller = (id) => `{${id}}`;

/** Quotes a name unless it is a plain identifier that cannot be mistaken for something else. */
export function spellName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^(TRUE|FALSE|SAND|FALSK)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Prints a formula with a leading "=". */
export function printFormula(node: Node, spell: RefSpeller = storageSpeller, style: FormulaStyle = 'stored'): string {
  // Danish text without any `;` reads a decimal comma directly inside a call as ambiguous
  // (lexer.ts), so such a number is printed in parentheses: SUM(X * (0,1)).
  const guardCommas = style === 'danish' && !hasMultiArgumentCall(node);
  return `=${print(node, { spell, style, guardCommas, inCall: false }, 0)}`;
}

type Printing = { spell: RefSpeller; style: FormulaStyle; guardCommas: boolean; inCall: boolean };

function hasMultiArgumentCall(node: Node): boolean {
  let found = false;
  walk(node, (n) => {
    if (n.t === 'call' && n.args.length > 1) found = true;
  });
  return found;
}

/**
 * A canonical number ("1.125") in the given style. English pads a three-digit fraction ("1.1250")
 * because typed "1.125" is refused as possibly Danish thousands.
 */
function printNumber(v: string, p: Printing): string {
  if (p.style === 'english' && /^[1-9]\d{0,2}\.\d{3}(?!\d)/.test(v)) return v.replace(/^(\d+\.\d{3})/, '$10');
  if (p.style !== 'danish' || !v.includes('.')) return v;
  const danish = v.replace('.', ',');
  return p.guardCommas && p.inCall ? `(${danish})` : danish;
}

function print(node: Node, p: Printing, parentPrec: number): string {
  switch (node.t) {
    case 'num':
      return printNumber(node.v, p);
    case 'str':
      return `"${node.v.replace(/"/g, '""')}"`;
    case 'bool':
      return node.v ? 'TRUE' : 'FALSE';
    case 'err':
      return node.code;
    case 'ref':
      return p.spell(node.id) + printSel(node.sel);
    case 'name':
      return spellName(node.name) + printSel(node.sel);
    case 'unary':
      return wrap(UNARY_PRECEDENCE, parentPrec, p, (q) => `${node.op}${print(node.arg, q, UNARY_PRECEDENCE)}`);
    case 'pct':
      return wrap(PERCENT_PRECEDENCE, parentPrec, p, (q) => `${print(node.arg, q, PERCENT_PRECEDENCE)}%`);
    case 'bin': {
      const prec = PRECEDENCE[node.op];
      // Left-associative: the right operand needs parentheses at equal precedence.
      return wrap(prec, parentPrec, p, (q) => `${print(node.left, q, prec)} ${node.op} ${print(node.right, q, prec + 1)}`);
    }
    case 'call': {
      const inner = { ...p, inCall: true };
      return `${node.fn}(${node.args.map((a) => print(a, inner, 0)).join(p.style === 'danish' ? '; ' : ', ')})`;
    }
  }
}

/** Prints `body`, in parentheses when its operator binds looser than its parent's. */
function wrap(prec: number, parentPrec: number, p: Printing, body: (q: Printing) => string): string {
  return prec < parentPrec ? `(${body({ ...p, inCall: false })})` : body(p);
}

function printSel(sel: PeriodSel | undefined): string {
  if (!sel) return '';
  return 'year' in sel ? `[${sel.year}]` : `[${sel.from}:${sel.to}]`;
}
