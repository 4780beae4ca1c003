/**
 * The one word a case heads its totals with, so the economy table's total column, the tables
 * (views), the distribution and the key figures never say "Total", "I alt" and "Samlet" side by
 * side. The word is the one the case's own tables use (their total labels; the most used, the
 * first on a tie). A case whose tables name none uses the notes' usual words: "Samlet" for the
 * total over the years and "I alt" for a table's total.
 *
 * @example totalWords(aarhus) // { period: 'I alt', table: 'I alt' } (two of its three tables say "I alt")
 */
import type { Case } from './case';

export interface TotalWords {
  /** The economy table's column of the total over the years. */
  period: string;
  /** A table's total column or row. */
  table: string;
}

export function totalWords(c: Pick<Case, 'views'>): TotalWords {
  const counts = new Map<string, number>();
  for (const v of c.views) {
    const word = v.totalLabel.trim();
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let best: string | null = null;
  // Map keeps first-seen order, so a tie goes to the first table's word.
  for (const [word, n] of counts) if (best === null || n > counts.get(best)!) best = word;
  return best === null ? { period: 'Samlet', table: 'I alt' } : { period: best, table: best };
}

/** "Nettoresultat" with the total word as Danish puts it: "Samlet nettoresultat", "Nettoresultat i alt". */
export function totalPhrase(word: string, noun: string): string {
  if (/^i alt$/i.test(word)) return `${noun} i alt`;
  if (/^(samlet|total)$/i.test(word)) return `${word[0]!.toUpperCase()}${word.slice(1).toLowerCase()} ${noun.toLowerCase()}`;
  return `${noun} (${word.toLowerCase()})`;
}
