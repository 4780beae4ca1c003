/**
 * AST -> text. One printer serves storage (ids as `{r12}`) and display (today's row names), so
 * what a person sees and what the file holds cannot drift apart.
 */
import { PERCENT_PRECEDENCE, PRECEDENCE, UNARY_PRECEDENCE, type Node, type PeriodSel } from './ast';

/** How to spell a reference: storage keeps the id, display looks up the current name. */
export type RefSpeller = (id: string) => string;

export const storageSpeller: RefSpeller = (id) => `{${id}}`;

/** Quotes a name unless it is a plain identifier that cannot be mistaken for something else. */
export function spellName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^(TRUE|FALSE|SAND|FALSK)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Prints a formula with a leading "=". */
export function printFormula(node: Node, spell: RefSpeller = storageSpeller): string {
  return `=${print(node, spell, 0)}`;
}

function print(node: Node, spell: RefSpeller, parentPrec: number): string {
  switch (node.t) {
    case 'num':
      return node.v;
    case 'str':
      return `"${node.v.replace(/"/g, '""')}"`;
    case 'bool':
      return node.v ? 'TRUE' : 'FALSE';
    case 'err':
      return node.code;
    case 'ref':
      return spell(node.id) + printSel(node.sel);
    case 'name':
      return spellName(node.name) + printSel(node.sel);
    case 'unary':
      return wrap(`${node.op}${print(node.arg, spell, UNARY_PRECEDENCE)}`, UNARY_PRECEDENCE, parentPrec);
    case 'pct':
      return wrap(`${print(node.arg, spell, PERCENT_PRECEDENCE)}%`, PERCENT_PRECEDENCE, parentPrec);
    case 'bin': {
      const prec = PRECEDENCE[node.op];
      // Left-associative: the right operand needs parentheses at equal precedence.
      const text = `${print(node.left, spell, prec)} ${node.op} ${print(node.right, spell, prec + 1)}`;
      return wrap(text, prec, parentPrec);
    }
    case 'call':
      return `${node.fn}(${node.args.map((a) => print(a, spell, 0)).join(', ')})`;
  }
}

function wrap(text: string, prec: number, parentPrec: number): string {
  return prec < parentPrec ? `(${text})` : text;
}

function printSel(sel: PeriodSel | undefined): string {
  if (!sel) return '';
  return 'year' in sel ? `[${sel.year}]` : `[${sel.from}:${sel.to}]`;
}
