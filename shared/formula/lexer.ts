/**
 * Splits formula text into tokens. Accepts both what a person types (names, quoted names) and the
 * stored canonical form (`{r12}` id references). Numbers are read by number-token.ts: stored text
 * as it always was, typed text in Danish or English. For typed text, a `;` anywhere outside quotes
 * separates arguments and makes every comma a decimal comma; without one, a comma that is not
 * part of a number separates arguments.
 */
import { ERROR_CODES, type ErrorCode } from './errors';
import { readStoredNumber, readTypedNumber } from './number-token';
import { FormulaSyntaxError } from './syntax-error';

export { FormulaSyntaxError };

export type Token =
  | { k: 'num'; v: string; pos: number }
  | { k: 'str'; v: string; pos: number }
  | { k: 'name'; v: string; quoted: boolean; pos: number }
  | { k: 'id'; v: string; pos: number }
  | { k: 'err'; v: ErrorCode; pos: number }
  | { k: 'op'; v: string; pos: number }
  | { k: 'end'; pos: number };

/** Whose text is read: the file's canonical form, or what a person typed (Danish or English). */
export type FormulaReading = 'stored' | 'typed';

const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_.]/u;
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '%', '=', '<', '>', '(', ')', ',', ';', '[', ']', ':'];
const DIGIT = /[0-9]/;

export function tokenize(text: string, reading: FormulaReading = 'stored'): Token[] {
  const tokens: Token[] = [];
  const semicolons = reading === 'typed' && hasSemicolon(text);
  // One entry per open parenthesis: true when it opens a function call's arguments.
  const parens: boolean[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const start = i;
    if (DIGIT.test(ch) || (ch === '.' && DIGIT.test(text[i + 1] ?? ''))) {
      const number = reading === 'stored' ? readStoredNumber(text, i) : readTypedNumber(text, i, { semicolons, inCall: parens.at(-1) === true });
      tokens.push({ k: 'num', v: number.v, pos: start });
      i = number.end;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const { text: v, end } = readQuoted(text, i, ch);
      i = end;
      if (ch === '"') {
        tokens.push({ k: 'str', v, pos: start });
        continue;
      }
      if (v.trim() === '') throw new FormulaSyntaxError('Tomt navn', start);
      tokens.push({ k: 'name', v, quoted: true, pos: start });
      continue;
    }
    if (ch === '{') {
      const close = text.indexOf('}', i);
      if (close < 0) throw new FormulaSyntaxError('Reference mangler }', start);
      tokens.push({ k: 'id', v: text.slice(i + 1, close), pos: start });
      i = close + 1;
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((c) => text.startsWith(c, i));
      if (!code) throw new FormulaSyntaxError('Ukendt fejlværdi', start);
      tokens.push({ k: 'err', v: code, pos: start });
      i += code.length;
      continue;
    }
    if (NAME_START.test(ch)) {
      while (i < text.length && NAME_PART.test(text[i]!)) i += 1;
      tokens.push({ k: 'name', v: text.slice(start, i), quoted: false, pos: start });
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op) throw new FormulaSyntaxError(`Uventet tegn "${ch}"`, start);
    if (op === ',' && semicolons) {
      throw new FormulaSyntaxError('Formlen skiller argumenter ad med semikolon, så et komma kan kun stå i et tal som decimalkomma, fx 0,1', start);
    }
    if (op === '(') {
      const before = tokens.at(-1);
      parens.push(before?.k === 'name' && !before.quoted);
    }
    if (op === ')') parens.pop();
    tokens.push({ k: 'op', v: op === ';' ? ',' : op, pos: start });
    i += op.length;
  }
  tokens.push({ k: 'end', pos: text.length });
  return tokens;
}

/** Reads a quoted text starting at `start` (a doubled quote stands for one); returns it and where it ends. */
function readQuoted(text: string, start: number, quote: '"' | "'"): { text: string; end: number } {
  let v = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length) {
      throw new FormulaSyntaxError(quote === '"' ? 'Tekst mangler et afsluttende "' : "Navnet mangler et afsluttende '", start);
    }
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        v += quote;
        i += 2;
        continue;
      }
      return { text: v, end: i + 1 };
    }
    v += text[i];
    i += 1;
  }
}

/** True when a `;` stands outside quoted text, quoted names and `{id}` references. */
function hasSemicolon(text: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null; // a doubled quote closes and reopens: same result
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') quote = '}';
    else if (ch === ';') return true;
  }
  return false;
}
