/**
 * Danish number entry and display: "1.000", "1.000,5", "-5.000", "(5.000)", "0,25", "45 %",
 * "2 mio. kr.", "-" and "" (nothing). A dot groups thousands and a comma separates decimals, as on
 * every Danish budget note; a dot that does not group exactly three digits is refused rather than
 * guessed, because "1.50" could mean 1,5 or 150 and a wrong guess would be a silent error. A unit
 * written after the number is read, never dropped, and one this does not know is refused.
 */
import { Decimal } from './decimal';
import { writtenUnitKroner } from './units';

export type DanishParse =
  | { kind: 'empty' }
  /** `unit`: kroner per unit written after the number ("mio. kr." is 1 000 000), or null when none was. */
  | { kind: 'number'; value: Decimal; unit: Decimal | null }
  | { kind: 'invalid'; message: string };

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^\d+(,\d+)?$/;
const LEADING_COMMA = /^,\d+$/;
/** A number (or its closing parenthesis) and then letters and dots only: a unit such as "t.kr.". */
const WITH_UNIT = /^(.*[\d)])([\p{L}][\p{L}.]*)$/u;

/**
 * @example parseDanishNumber('(5.000)') // { kind: 'number', value: -5000 }
 * @example parseDanishNumber('-')       // { kind: 'empty' }
 */
export function parseDanishNumber(input: string): DanishParse {
  let text = input.replace(/[\u00a0\u202f\s]/g, '').replace(/\u2212/g, '-');
  if (text === '' || text === '-' || text === '–' || text === '—') return { kind: 'empty' };
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1);
  }
  let split: ReturnType<typeof splitUnit> = percent ? { text, unit: null } : splitUnit(text);
  if (split === 'unknown') return { kind: 'invalid', message: unknownUnit(input) };
  text = split.text;
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
    // "(5.000 kr.)": the unit may stand inside the parentheses too.
    if (split.unit === null && !percent) {
      split = splitUnit(text);
      if (split === 'unknown') return { kind: 'invalid', message: unknownUnit(input) };
      text = split.text;
    }
  }
  if (text.startsWith('-') || text.startsWith('+')) {
    if (text.startsWith('-')) negative = !negative;
    text = text.slice(1);
  }
  if (!(GROUPED.test(text) || PLAIN.test(text) || LEADING_COMMA.test(text))) {
    return { kind: 'invalid', message: `"${input.trim()}" er ikke et tal (brug fx 1.000 eller 0,25)` };
  }
  let value = new Decimal(text.replace(/\./g, '').replace(',', '.').replace(/^\./, '0.'));
  if (negative) value = value.negated();
  if (percent) value = value.dividedBy(100);
  return { kind: 'number', value, unit: split.unit };
}

/** The number's text and the kroner of the unit written after it (null: none), or 'unknown'. */
function splitUnit(text: string): { text: string; unit: Decimal | null } | 'unknown' {
  const m = WITH_UNIT.exec(text);
  if (!m) return { text, unit: null };
  const unit = writtenUnitKroner(m[2]!);
  return unit ? { text: m[1]!, unit } : 'unknown';
}

function unknownUnit(input: string): string {
  return `"${input.trim()}" har en enhed, der ikke kendes; skriv kr., t.kr. eller mio. kr. efter tallet, eller ingen enhed.`;
}

export interface DanishFormat {
  decimals: number;
  /** Show negatives in parentheses, as some notes do, instead of a leading minus. */
  parentheses?: boolean;
}

/**
 * @example formatDanish(new Decimal('-1234567.891'), { decimals: 2 }) // "-1.234.567,89"
 */
export function formatDanish(value: Decimal, format: DanishFormat): string {
  const rounded = value.toDecimalPlaces(format.decimals);
  const negative = rounded.isNegative() && !rounded.isZero();
  // Decimal's own toFixed: exact digits, no binary float involved.
  const [intPart, fracPart] = rounded.abs().toFixed(format.decimals).split('.');
  const grouped = (intPart ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const body = fracPart ? `${grouped},${fracPart}` : grouped;
  if (!negative) return body;
  return format.parentheses ? `(${body})` : `-${body}`;
}
