/**
 * Formula text -> AST. Pure syntax: names stay names here; `bind.ts` turns them into ids. Stored
 * text is read in its canonical form; typed text in Danish or English (see lexer.ts).
 *
 * @example parseFormula('=Vejledere * 61500 * 12')
 * @example parseFormula("=SUM('Medfinansiering (indsatsbudget CAB)'[2022:2023])")
 * @example parseFormula('=ROUND(Investering * 0,1; 0)', 'typed')
 */
import { PRECEDENCE, type BinaryOp, type Node, type PeriodSel } from './ast';
import { FormulaSyntaxError, tokenize, type FormulaReading, type Token } from './lexer';

export { FormulaSyntaxError, type FormulaReading };

const MAX_DEPTH = 200;
const BOOLEANS: Record<string, boolean> = { TRUE: true, FALSE: false, SAND: true, FALSK: false };

export function parseFormula(text: string, reading: FormulaReading = 'stored'): Node {
  const source = text.trimStart().startsWith('=') ? text.trimStart().slice(1) : text;
  const tokens = tokenize(source, reading);
  const parser = new Parser(tokens);
  const node = parser.expression(0, 0);
  const rest = parser.peek();
  if (rest.k !== 'end') throw new FormulaSyntaxError('Uventet fortsættelse af formlen', rest.pos);
  return node;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token {
    return this.tokens[this.i]!;
  }

  private next(): Token {
    const t = this.tokens[this.i]!;
    if (t.k !== 'end') this.i += 1;
    return t;
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.k === 'op' && t.v === v;
  }

  private expect(v: string): void {
    const t = this.next();
    if (t.k !== 'op' || t.v !== v) throw new FormulaSyntaxError(`Forventede "${v}"`, t.pos);
  }

  expression(minPrec: number, depth: number): Node {
    if (depth > MAX_DEPTH) throw new FormulaSyntaxError('Formlen er for dybt indlejret', this.peek().pos);
    let left = this.unary(depth);
    for (;;) {
      const t = this.peek();
      if (t.k !== 'op' || !(t.v in PRECEDENCE)) return left;
      const op = t.v as BinaryOp;
      const prec = PRECEDENCE[op];
      if (prec < minPrec) return left;
      this.next();
      const right = this.expression(prec + 1, depth + 1);
      left = { t: 'bin', op, left, right };
    }
  }

  private unary(depth: number): Node {
    if (this.isOp('-') || this.isOp('+')) {
      const op: '-' | '+' = this.isOp('-') ? '-' : '+';
      this.next();
      if (depth > MAX_DEPTH) throw new FormulaSyntaxError('Formlen er for dybt indlejret', this.peek().pos);
      // Excel binds unary minus tighter than ^: -2^2 is 4.
      return { t: 'unary', op, arg: this.unary(depth + 1) };
    }
    return this.postfix(depth);
  }

  private postfix(depth: number): Node {
    let node = this.primary(depth);
    while (this.isOp('%')) {
      this.next();
      node = { t: 'pct', arg: node };
    }
    return node;
  }

  private primary(depth: number): Node {
    const t = this.next();
    switch (t.k) {
      case 'num':
        return { t: 'num', v: canonicalNumber(t.v) };
      case 'str':
        return { t: 'str', v: t.v };
      case 'err':
        return { t: 'err', code: t.v };
      case 'id':
        return this.withPeriod({ t: 'ref', id: t.v });
      case 'name': {
        if (!t.quoted && this.isOp('(')) return this.call(t.v.toUpperCase(), depth);
        const upper = t.v.toUpperCase();
        if (!t.quoted && upper in BOOLEANS) return { t: 'bool', v: BOOLEANS[upper]! };
        return this.withPeriod({ t: 'name', name: t.v });
      }
      case 'op':
        if (t.v === '(') {
          const inner = this.expression(0, depth + 1);
          this.expect(')');
          return inner;
        }
        throw new FormulaSyntaxError(`Uventet "${t.v}"`, t.pos);
      case 'end':
        throw new FormulaSyntaxError('Formlen slutter for tidligt', t.pos);
    }
  }

  private call(fn: string, depth: number): Node {
    this.expect('(');
    const args: Node[] = [];
    if (!this.isOp(')')) {
      for (;;) {
        args.push(this.expression(0, depth + 1));
        if (this.isOp(',')) {
          this.next();
          continue;
        }
        break;
      }
    }
    this.expect(')');
    return { t: 'call', fn, args };
  }

  private withPeriod<N extends { t: 'ref' | 'name'; sel?: PeriodSel }>(node: N): N {
    if (!this.isOp('[')) return node;
    this.next();
    const from = this.year();
    let sel: PeriodSel = { year: from };
    if (this.isOp(':')) {
      this.next();
      sel = { from, to: this.year() };
    }
    this.expect(']');
    return { ...node, sel };
  }

  private year(): number {
    const t = this.next();
    if (t.k !== 'num' || !/^\d{1,4}$/.test(t.v)) throw new FormulaSyntaxError('Forventede et årstal, fx [2023]', t.pos);
    return Number(t.v);
  }
}

/** "061500" -> "61500", "0.50" -> "0.5": one spelling per number, so parse(print(f)) = f. */
function canonicalNumber(text: string): string {
  let [int, frac = ''] = text.toLowerCase().split('e')[0]!.split('.');
  const exp = text.toLowerCase().split('e')[1];
  int = (int ?? '').replace(/^0+(?=\d)/, '') || '0';
  frac = frac.replace(/0+$/, '');
  const base = frac ? `${int}.${frac}` : int;
  return exp !== undefined ? `${base}e${Number(exp)}` : base;
}
