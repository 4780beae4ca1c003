/**
 * How a number is read in formula text; `v` is always spelled with `.`.
 *
 * Stored text (the file's form) is read as it always was: `.` is the decimal point. Typed text
 * follows Danish Excel and accepts the English spelling wherever it cannot be misread (README,
 * "Formulas"):
 * - with a `;` in the formula, a comma between two digits is a decimal comma: `0,1`;
 * - without one, too, unless it stands directly inside a function call's parentheses, where
 *   `MAX(1,5)` could be 1,5 or 1 and 5: that is refused with a message saying to write `1; 5` or
 *   `(1,5)`;
 * - `.` is a decimal point, except that a number that looks like Danish thousands (`61.500`,
 *   `1.000.000`) is refused: it could be 61500 or 61,5, and guessing would be silently wrong.
 */
import { FormulaSyntaxError } from './syntax-error';

const DIGIT = /[0-9]/;
/** Danish thousands grouping at the start of a number: 61.500, 1.000.000 (not 0.125, not 1.2345). */
const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?!\d)/;

export type NumberRead = { v: string; end: number };

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
export function readStoredNumber(text: string, start: number): NumberRead {
  let i = digitsEnd(text, start);
  if (text[i] === '.') i = digitsEnd(text, i + 1);
  const end = exponentEnd(text, i, start);
  return { v: text.slice(start, end), end };
}

/** A typed number, Danish or English (the rules are at the top of this file); `v` uses `.`. */
export function readTypedNumber(text: string, start: number, where: { semicolons: boolean; inCall: boolean }): NumberRead {
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
