/**
 * The command palette's search: an action is found by its Danish or its English label, whatever
 * the UI's language, so "fortryd" and "undo" both find Fortryd. Case and accents do not matter
 * ("importer" finds Importér), and every word typed must start a word of the label ("gem so"
 * finds Gem som), or the text must occur in it. Labels that start with the text come first.
 */
export interface PaletteEntry<Id> {
  id: Id;
  /** The label in each language; the first is the one shown. */
  labels: readonly string[];
}

function fold(text: string): string {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').normalize('NFD').replace(/\p{M}/gu, '');
}

/** 0 for a label that starts with the query, 1 when each word starts a word, 2 inside it; null: no match. */
function score(label: string, query: string): number | null {
  const l = fold(label);
  if (l.startsWith(query)) return 0;
  const words = l.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (query.split(/\s+/).every((q) => words.some((w) => w.startsWith(q)))) return 1;
  return l.includes(query) ? 2 : null;
}

export function searchActions<Id>(entries: readonly PaletteEntry<Id>[], query: string): PaletteEntry<Id>[] {
  const q = fold(query.trim()).replace(/\s+/g, ' ');
  if (!q) return [...entries];
  const found: { entry: PaletteEntry<Id>; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const scores = entry.labels.map((l) => score(l, q)).filter((s): s is number => s !== null);
    if (scores.length > 0) found.push({ entry, score: Math.min(...scores), order });
  });
  return found.sort((a, b) => a.score - b.score || a.order - b.order).map((f) => f.entry);
}
