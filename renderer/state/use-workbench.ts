/**
 * React access to the workbench. `'structure'` re-renders only when rows, sections or the axis
 * change (the sheet repaints changed cells itself); `'all'` re-renders on every change (panels).
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Workbench, WorkbenchSnapshot } from './workbench';

export function useWorkbench(workbench: Workbench, granularity: 'structure' | 'all' = 'all'): WorkbenchSnapshot {
  const last = useRef<WorkbenchSnapshot | null>(null);
  const getSnapshot = useCallback(() => {
    const next = workbench.getSnapshot();
    const prev = last.current;
    if (granularity === 'structure' && prev && prev.structureRevision === next.structureRevision && sameShape(prev, next)) return prev;
    last.current = next;
    return next;
  }, [workbench, granularity]);
  return useSyncExternalStore(workbench.subscribe, getSnapshot);
}

/** Same rows in the same places (the result row is pinned) shown the same way: unit, decimals, price level, axis. */
function sameShape(a: WorkbenchSnapshot, b: WorkbenchSnapshot): boolean {
  return a.case.unit === b.case.unit && a.case.decimals === b.case.decimals && a.case.priceLevel === b.case.priceLevel && a.case.axis === b.case.axis
    && a.case.result.rowId === b.case.result.rowId;
}
