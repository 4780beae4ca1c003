/**
 * Evaluation order for a set of formula cells: Kahn's algorithm over the dependency edges inside
 * the set, then Tarjan's strongly connected components over what Kahn could not order, so that
 * cells on a cycle are found (and marked) instead of looped over. Iterative throughout: a chain of
 * 200 000 cells must not overflow the stack.
 */

/** Cells at the other end of a cell's edges: one cell is given as the number itself, none as undefined. */
export type Edges = number | readonly number[] | undefined;

export interface OrderGraph {
  /** Cells this cell reads (deduplicated). */
  precedents(cell: number): Edges;
  /** Cells that read this cell. */
  dependents(cell: number): Edges;
}

/** Edges as a list, for the paths where an array per call costs nothing that matters. */
export function edgeList(edges: Edges): readonly number[] {
  return typeof edges === 'number' ? [edges] : (edges ?? []);
}

export interface Ordering {
  /** Cells in an order where each comes after every cell of the set it reads. */
  order: readonly number[];
  /** Cells on a cycle (including a cell that reads itself). */
  cyclic: number[];
}

/**
 * @param cells the formula cells to order; `inSet` must be true exactly for them.
 * @param scratch an Int32Array at least as long as the cell space, zero on entry and on return.
 */
export function evaluationOrder(cells: readonly number[], inSet: (c: number) => boolean, graph: OrderGraph, scratch: Int32Array): Ordering {
  if (alreadyOrdered(cells, inSet, graph)) return { order: cells, cyclic: [] };
  // Kahn's queue, in the order cells enter it, is the evaluation order.
  const order: number[] = [];
  for (const c of cells) {
    let n = 0;
    const ps = graph.precedents(c);
    if (typeof ps === 'number') n = inSet(ps) ? 1 : 0;
    else if (ps) for (const p of ps) if (inSet(p)) n += 1;
    scratch[c] = n;
    if (n === 0) order.push(c);
  }
  for (let head = 0; head < order.length; head++) {
    const ds = graph.dependents(order[head]!);
    if (typeof ds === 'number') {
      if (inSet(ds) && --scratch[ds]! === 0) order.push(ds);
    } else if (ds) {
      for (const d of ds) {
        if (!inSet(d)) continue;
        const left = --scratch[d]!;
        if (left === 0) order.push(d);
      }
    }
  }
  if (order.length === cells.length) {
    for (const c of cells) scratch[c] = 0;
    return { order, cyclic: [] };
  }
  // Left over: cells on cycles and cells downstream of them (scratch > 0 marks them).
  const leftover = cells.filter((c) => scratch[c]! > 0);
  for (const c of cells) scratch[c] = 0;
  const inLeftover = new Set(leftover);
  const cyclic = cyclicCells(leftover, (c) => inLeftover.has(c), graph);
  const cyclicSet = new Set(cyclic);
  const rest = leftover.filter((c) => !cyclicSet.has(c));
  const restSet = new Set(rest);
  const tail = evaluationOrder(rest, (c) => restSet.has(c), graph, scratch);
  return { order: order.concat(tail.order), cyclic: cyclic.concat(tail.cyclic) };
}

/**
 * True when `cells` ascend and every cell of the set that one reads has a smaller index: then
 * `cells` is already an evaluation order (and has no cycle). A full build of a case whose formulas
 * read rows above and earlier periods is such a set; checking costs one pass over the precedents.
 */
function alreadyOrdered(cells: readonly number[], inSet: (c: number) => boolean, graph: OrderGraph): boolean {
  let last = -1;
  for (const c of cells) {
    if (c <= last) return false;
    last = c;
    const ps = graph.precedents(c);
    if (typeof ps === 'number') {
      if (ps >= c && inSet(ps)) return false;
    } else if (ps) {
      for (const p of ps) if (p >= c && inSet(p)) return false;
    }
  }
  return true;
}

/** Tarjan's SCC, iterative: returns the cells in components of size > 1 or with a self-edge. */
function cyclicCells(cells: readonly number[], inSet: (c: number) => boolean, graph: OrderGraph): number[] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const result: number[] = [];
  let counter = 0;
  for (const root of cells) {
    if (index.has(root)) continue;
    const edgesOf = (c: number) => edgeList(graph.precedents(c)).filter(inSet);
    const work: Array<{ cell: number; next: number; edges: number[] }> = [{ cell: root, next: 0, edges: edgesOf(root) }];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.edges.length) {
        const w = frame.edges[frame.next]!;
        frame.next += 1;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter);
          counter += 1;
          stack.push(w);
          onStack.add(w);
          work.push({ cell: w, next: 0, edges: edgesOf(w) });
        } else if (onStack.has(w)) {
          low.set(frame.cell, Math.min(low.get(frame.cell)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.cell, Math.min(low.get(parent.cell)!, low.get(frame.cell)!));
      if (low.get(frame.cell) === index.get(frame.cell)) {
        const component: number[] = [];
        for (;;) {
          const w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
          if (w === frame.cell) break;
        }
        const selfLoop = component.length === 1 && edgeList(graph.precedents(frame.cell)).includes(frame.cell);
        if (component.length > 1 || selfLoop) result.push(...component);
      }
    }
  }
  return result;
}
