/**
 * Unit and price level as tables state them: "Beløb i mio. kr.", "1.000 kr. 2017 p/l",
 * "(1.000 kr., 2022 p/l)", "Tusind kr.", "tusinde kr.", "løbende p/l", "kr.", "t.kr.", "tkr.", "mio.", and a header corner
 * holding the bare number 1000 or 1000000.
 */
import type { Unit } from '../../money/units';

export function unitIn(text: string): Unit | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (/\bmio\.? ?kr|\bmill?\.? ?kr|millioner kr|\bmio(\.|\b)(?! ?[a-zæøå])/.test(t)) return 'mio kr';
  if (/\b1\.?000 ?kr|\bt\.? ?kr\b|\btkr\b|\btusind(e)? kr/.test(t)) return '1000 kr';
  if (/(^|[\s(])kr\.?(\s|,|\)|$)|kroner/.test(t)) return 'kr';
  return null;
}

/**
 * A header corner that holds nothing but a number states the unit by it: a CSV saved through
 * LibreOffice turns "1.000 kr." into the number 1000 (and "1.000.000 kr." into 1000000).
 */
export function unitOfBareNumber(value: unknown): Unit | null {
  const n = typeof value === 'number' ? value
    : typeof value === 'string' && /^(\d{1,3}(\.\d{3})+|\d+)$/.test(value.trim()) ? Number(value.trim().replace(/\./g, '')) : NaN;
  return n === 1000 ? '1000 kr' : n === 1_000_000 ? 'mio kr' : null;
}

export function priceLevelIn(text: string): string | null {
  const t = text.toLowerCase();
  if (/løbende (p\/l|priser)/.test(t)) return 'løbende p/l';
  const m = /\b(\d{4}) ?[-‑]? ?(?:p\/l|pl\b|priser|prisniveau)/.exec(t) ?? /(?:p\/l|prisniveau) ?(\d{4})\b/.exec(t);
  return m ? `${m[1]} p/l` : null;
}

/** A text that says nothing but the unit and price level (a header corner, a line under a title). */
export function isUnitOnly(text: string): boolean {
  const rest = text
    .toLowerCase()
    // Unit words first: the filler "er" would otherwise eat the end of "kroner" and "millioner".
    .replace(/millioner|mio\.?|mill?\.?|tusinde?|1\.?000|tkr|t\.|kroner|kr\.?|løbende|\d{4}|p\/l|priser|prisniveau/g, '')
    .replace(/beløb|i alt|angivet|alle|tal|er|i\b|[-(),.:;\s]/g, '');
  return rest === '' && (unitIn(text) !== null || priceLevelIn(text) !== null || /beløb/i.test(text));
}

/** A title without its unit in parentheses: "Tabel 2. Økonomi (1.000 kr., 2022 p/l)" -> "Tabel 2. Økonomi". */
export function titleWithoutUnit(text: string): string {
  return text.replace(/\s*\(([^()]*)\)\s*$/, (whole, inner: string) => (isUnitOnly(inner) ? '' : whole)).trim();
}
