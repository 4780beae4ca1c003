/**
 * Which cells a formula reads. Worked out once per formula text as a template of windows
 * relative to the cell's own period (PREV shifts the window back, CUMSUM opens it to the first
 * period), then made concrete for each period that holds the formula.
 */
import type { Node } from './ast';
import { prevShift, type CompileEnv, type RowSlot } from './compile';

export type DepTemplate =
  | { slot: RowSlot; relative: true; lo: number; hi: number }
  | { slot: RowSlot; relative: false; from: number; to: number };

export function dependencyTemplate(node: Node, env: CompileEnv): DepTemplate[] {
  const out: DepTemplate[] = [];
  collect(node, env, 0, 0, out);
  return out;
}

function collect(node: Node, env: CompileEnv, lo: number, hi: number, out: DepTemplate[]): void {
  switch (node.t) {
    case 'ref': {
      const row = env.row(node.id);
      const slots = row ? [row] : (env.section(node.id) ?? []);
      for (const slot of slots) {
        if (!node.sel) {
          out.push({ slot, relative: true, lo, hi });
          continue;
        }
        const [a, b] = 'year' in node.sel ? [node.sel.year, node.sel.year] : [node.sel.from, node.sel.to];
        const from = env.periodOfYear(a);
        const to = env.periodOfYear(b);
        if (from >= 0 && to >= from) out.push({ slot, relative: false, from, to });
      }
      return;
    }
    case 'unary':
    case 'pct':
      collect(node.arg, env, lo, hi, out);
      return;
    case 'bin':
      collect(node.left, env, lo, hi, out);
      collect(node.right, env, lo, hi, out);
      return;
    case 'call': {
      if (node.fn === 'PREV' && node.args[0]) {
        const shift = prevShift(node.args);
        if (typeof shift === 'number') collect(node.args[0], env, lo - shift, hi - shift, out);
        return;
      }
      if (node.fn === 'CUMSUM' && node.args[0]) {
        collect(node.args[0], env, -Infinity, hi, out);
        return;
      }
      for (const a of node.args) collect(a, env, lo, hi, out);
      return;
    }
    default:
      return;
  }
}

/**
 * Writes the cell indices a formula at period `p` reads into `out` from index 0 and returns how
 * many it wrote; `out` may be a longer buffer reused from cell to cell (entries past the count are
 * left as they were).
 */
export function concreteDependencies(templates: DepTemplate[], p: number, periods: number, out: number[]): number {
  let n = 0;
  for (const d of templates) {
    if (d.slot.constant) {
      out[n++] = d.slot.base;
      continue;
    }
    const from = d.relative ? Math.max(0, p + d.lo) : d.from;
    const to = d.relative ? Math.min(periods - 1, p + d.hi) : d.to;
    for (let q = from; q <= to; q++) out[n++] = d.slot.base + q;
  }
  return n;
}
