/**
 * Name binding: typed names become id references, so that renaming a row later rewrites every
 * formula that uses it (the formula is stored with ids and printed with today's names).
 */
import { mapNodes, walk, type Node } from './ast';

export type NameTarget = { kind: 'row' | 'section'; id: string };
/** Looks a name up; 'ambiguous' when several rows or sections carry it. */
export type NameResolver = (name: string) => NameTarget | 'ambiguous' | undefined;

/** Replaces every name that resolves to exactly one row or section with an id reference. */
export function bindNames(node: Node, resolve: NameResolver): Node {
  return mapNodes(node, (n) => {
    if (n.t !== 'name') return n;
    const target = resolve(n.name);
    if (target === undefined || target === 'ambiguous') return n;
    return n.sel ? { t: 'ref', id: target.id, sel: n.sel } : { t: 'ref', id: target.id };
  });
}

/** Normal form of a name for look-ups: case and surrounding blanks do not matter, as in Excel. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da-DK');
}

/** The ids a formula refers to (rows and sections). */
export function referencedIds(node: Node): Set<string> {
  const ids = new Set<string>();
  walk(node, (n) => {
    if (n.t === 'ref') ids.add(n.id);
  });
  return ids;
}
