/**
 * Splits formula text into tokens. Accepts both what a person types (names, quoted names) and the
 * stored canonical form (`{r12}` id references). Arguments are separated by `,` or `;` (Danish
 * Excel uses `;`); decimals use `.` so that `ROUND(X, 2)` is never read as a number.
 */
import { ERROR_CODES, type ErrorCode } from './errors';

export type Token =
  | { k: 'num'; v: string; pos: number }
  | { k: 'str'; v: string; pos: number }
  | { k: 'name'; v: string; quoted: boolean; pos: number }
  | { k: 'id'; v: string; pos: number }
  | { k: 'err'; v: ErrorCode; pos: number }
  | { k: 'op'; v: string; pos: number }
  | { k: 'end'; pos: number };

export class FormulaSyntaxError extends Error {
  constructor(message: string, readonly pos: number) {
    super(message);
  }
}

const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_.]/u;
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '%', '=', '<', '>', '(', ')', ',', ';', '[', ']', ':'];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const start = i;
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      while (i < text.length && /[0-9]/.test(text[i]!)) i += 1;
      if (text[i] === '.') {
        i += 1;
        while (i < text.length && /[0-9]/.test(text[i]!)) i += 1;
      }
      if (/[eE]/.test(text[i] ?? '') && /[-+0-9]/.test(text[i + 1] ?? '')) {
        i += 1;
        if (text[i] === '+' || text[i] === '-') i += 1;
        if (!/[0-9]/.test(text[i] ?? '')) throw new FormulaSyntaxError('Ufuldstændigt tal', start);
        while (i < text.length && /[0-9]/.test(text[i]!)) i += 1;
      }
      tokens.push({ k: 'num', v: text.slice(start, i), pos: start });
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
