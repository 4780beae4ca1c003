/** The names formulas use: row and section labels, compared without regard to case or blanks. */
import { nameKey, type NameResolver, type NameTarget } from '../formula/bind';
import type { Case } from './case';

export type NameIndex = Map<string, NameTarget | 'ambiguous'>;

export function buildNameIndex(c: Case): NameIndex {
  const index: NameIndex = new Map();
  const add = (label: string, target: NameTarget) => {
    const key = nameKey(label);
    if (key === '') return;
    index.set(key, index.has(key) ? 'ambiguous' : target);
  };
  for (const s of c.sections) {
    add(s.label, { kind: 'section', id: s.id });
    for (const r of s.rows) add(r.label, { kind: 'row', id: r.id });
  }
  return index;
}

export function resolverOf(index: NameIndex): NameResolver {
  return (name) => index.get(nameKey(name));
}

/** Labels by id, for printing formulas with today's names. */
export function labelsById(c: Case): Map<string, string> {
  const labels = new Map<string, string>();
  for (const s of c.sections) {
    labels.set(s.id, s.label);
    for (const r of s.rows) labels.set(r.id, r.label);
  }
  return labels;
}

/**
 * The labels of `c`, given as `previous` itself when they are the same: a cache keyed by the map
 * (the formulas' display text) then lives on through every edit that renames nothing.
 */
export function labelsOf(c: Case, previous?: ReadonlyMap<string, string>): Map<string, string> {
  const labels = labelsById(c);
  if (previous instanceof Map && previous.size === labels.size) {
    let same = true;
    for (const [id, label] of labels) {
      if (previous.get(id) !== label) {
        same = false;
        break;
      }
    }
    if (same) return previous;
  }
  return labels;
}
