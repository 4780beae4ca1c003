/** Cells reachable from some start cells by following edges (dependents or precedents), breadth first. */
import type { Edges } from './order';

/**
 * The start cells and every cell reachable from them, each once. `seen` covers every cell index
 * and is all zero on entry; it is all zero again on return, so a caller may keep one for every call.
 */
export function reachable(seen: Uint8Array, starts: readonly number[], next: (c: number) => Edges): number[] {
  const out: number[] = [];
  for (const s of starts) {
    if (seen[s]) continue;
    seen[s] = 1;
    out.push(s);
  }
  for (let i = 0; i < out.length; i++) {
    const ds = next(out[i]!);
    if (typeof ds === 'number') {
      if (seen[ds]) continue;
      seen[ds] = 1;
      out.push(ds);
    } else if (ds) {
      for (const d of ds) {
        if (seen[d]) continue;
        seen[d] = 1;
        out.push(d);
      }
    }
  }
  for (const c of out) seen[c] = 0;
  return out;
}
