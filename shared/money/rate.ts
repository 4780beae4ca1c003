/**
 * A rate typed as a percentage: "3,5" and "3,5 %" both mean 3,5 % (the field is labelled in
 * per cent), so only a text without "%" is divided by 100; the "%" form is already a fraction.
 */
import type { Decimal } from './decimal';
import { parseDanishNumber } from './danish';

export function parsePercentField(text: string): Decimal | null {
  const parsed = parseDanishNumber(text);
  if (parsed.kind !== 'number' || parsed.unit !== null) return null;
  return text.trim().endsWith('%') ? parsed.value : parsed.value.dividedBy(100);
}
