/** Cells reachable from some start cells by following edges (dependents or precedents), breadth first. */
import type { Edges } from './order';

/** The start cells and every cell reachable from them, each once; `size` bounds the cell indices. */
export function reachable(size: number, starts: readonly number[], next: (c: number) => Edges): number[] {
  const seen = new Uint8Array(size);
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
  return out;
}
