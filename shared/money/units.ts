/**
 * Presentation units. Values are stored in kroner; the unit only changes how they are shown and
 * how typed numbers are read: "0,25" typed in a mio. kr. table is 250 000 kr.
 */
import { Decimal } from './decimal';

export const UNITS = ['kr', '1000 kr', 'mio kr'] as const;
export type Unit = (typeof UNITS)[number];

const FACTOR: Record<Unit, Decimal> = {
  kr: new Decimal(1),
  '1000 kr': new Decimal(1000),
  'mio kr': new Decimal(1_000_000),
};

const LABEL: Record<Unit, string> = { kr: 'kr.', '1000 kr': '1.000 kr.', 'mio kr': 'mio. kr.' };

export function unitFactor(unit: Unit): Decimal {
  return FACTOR[unit];
}

/** The Danish label of a unit as budget notes print it: "kr.", "1.000 kr.", "mio. kr.". */
export function unitLabel(unit: Unit): string {
  return LABEL[unit];
}

export function kronerToUnit(kroner: Decimal, unit: Unit): Decimal {
  return kroner.dividedBy(FACTOR[unit]);
}

export function unitToKroner(shown: Decimal, unit: Unit): Decimal {
  return shown.times(FACTOR[unit]);
}

/**
 * Units written after an amount ("2 mio. kr.", "5 t.kr.", "3 tkr.", "1.000 kr."), matched with
 * blanks removed and in lower case, and what one of them is in kroner. A written unit wins over
 * the case's unit: "1.000 kr." is a thousand kroner in a 1.000 kr. case too.
 */
const WRITTEN: ReadonlyArray<[RegExp, Decimal]> = [
  [/^kr\.?$/, new Decimal(1)],
  [/^(t\.?|tus\.?|tusind)kr\.?$/, new Decimal(1000)],
  [/^mio\.?(kr\.?)?$/, new Decimal(1_000_000)],
  [/^mia\.?(kr\.?)?$/, new Decimal(1_000_000_000)],
];

/** Kroner per written unit, or null when the text is no unit this knows. */
export function writtenUnitKroner(suffix: string): Decimal | null {
  const key = suffix.replace(/\s/g, '').toLowerCase();
  return WRITTEN.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}
