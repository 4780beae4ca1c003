/**
 * Splits formula text into tokens. Accepts both what a person types (names, quoted names) and the
 * stored canonical form (`{r12}` id references).
 *
 * Stored text (the file's form) is read as it always was: `.` is the decimal point, `,` or `;`
 * separate arguments. Typed text follows Danish Excel and accepts the English spelling wherever it
 * cannot be misread (the rule is in README, "Formulas"):
 * - a `;` anywhere outside quotes makes every `,` a decimal comma: `=ROUND(Investering * 0,1; 0)`;
 * - otherwise a comma between two digits is a decimal comma unless it stands directly inside a
 *   function call's parentheses, where `MAX(1,5)` could be 1,5 or 1 and 5: that is refused with a
 *   message saying to separate arguments with `;`. A comma followed by a blank (`ROUND(X, 0)`) or
 *   next to anything but two digits separates arguments;
 * - `.` is a decimal point, except that a number that looks like Danish thousands (`61.500`,
 *   `1.000.000`) is refused: it could be 61500 or 61,5, and guessing would be silently wrong.
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

/** Whose text is read: the file's canonical form, or what a person typed (Danish or English). */
export type FormulaReading = 'stored' | 'typed';

export class FormulaSyntaxError extends Error {
  constructor(message: string, readonly pos: number) {
    super(message);
  }
}

const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_.]/u;
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '%', '=', '<', '>', '(', ')', ',', ';', '[', ']', ':'];
const DIGIT = /[0-9]/;
/** Danish thousands grouping at the start of a number: 61.500, 1.000.000 (not 0.125, not 1.2345). */
const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?!\d)/;

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

type NumberRead = { v: string; end: number };

const digitsEnd = (text: string, i: number): number => {
  while (i < text.length && DIGIT.test(text[i]!)) i += 1;
  return i;
};

/** The exponent part (`e3`, `E-2`) starting at `i`, if any; returns where the number ends. */
function exponentEnd(text: string, i: number, start: number): number {
  if (!/[eE]/.test(text[i] ?? '') || !/[-+0-9]/.test(text[i + 1] ?? '')) return i;
  i += 1;
  if (text[i] === '+' || text[i] === '-') i += 1;
  if (!DIGIT.test(text[i] ?? '')) throw new FormulaSyntaxError('Ufuldstændigt tal', start);
  return digitsEnd(text, i);
}

/** A number in stored text: `.` is the decimal point, a comma is never part of a number. */
function readStoredNumber(text: string, start: number): NumberRead {
  let i = digitsEnd(text, start);
  if (text[i] === '.') i = digitsEnd(text, i + 1);
  const end = exponentEnd(text, i, start);
  return { v: text.slice(start, end), end };
}

/** A typed number, Danish or English (the rules are at the top of this file); `v` uses `.`. */
function readTypedNumber(text: string, start: number, where: { semicolons: boolean; inCall: boolean }): NumberRead {
  const grouped = GROUPED.exec(text.slice(start));
  if (grouped) throw new FormulaSyntaxError(thousandsMessage(grouped[0], text.slice(start + grouped[0].length)), start);
  const intEnd = digitsEnd(text, start);
  let fracEnd = intEnd;
  const mark = text[intEnd];
  if ((mark === '.' || mark === ',') && DIGIT.test(text[intEnd + 1] ?? '')) {
    fracEnd = digitsEnd(text, intEnd + 1);
    if (mark === ',' && !where.semicolons && where.inCall) {
      const shown = text.slice(start, fracEnd);
      throw new FormulaSyntaxError(
        `Kommaet i ${shown} kan både være decimalkomma og skilletegn, så skriv ${shown.replace(',', '; ')} for to argumenter eller (${shown}) for et decimaltal`,
        start,
      );
    }
  } else if (mark === '.' && intEnd > start) {
    fracEnd = intEnd + 1; // "5." is 5, as in Excel
  }
  const end = exponentEnd(text, fracEnd, start);
  const frac = fracEnd > intEnd + 1 ? `.${text.slice(intEnd + 1, fracEnd)}` : '';
  return { v: `${text.slice(start, intEnd)}${frac}${text.slice(fracEnd, end)}`, end };
}

function thousandsMessage(grouped: string, after: string): string {
  const plain = grouped.replace(/\./g, '');
  const decimals = /^,\d+/.exec(after)?.[0] ?? '';
  if (grouped.split('.').length > 2 || decimals) {
    return `Skriv tal uden tusindtalspunktum i en formel: ${plain}${decimals} i stedet for ${grouped}${decimals}`;
  }
  const decimal = grouped.replace('.', ',').replace(/,?0+$/, '');
  return `Tallet ${grouped} kan både læses som ${plain} og som ${decimal}, så skriv det ene af dem`;
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
