/**
 * The widths figure columns grow to so that their figures fit: a cell that paints a figure too
 * wide for its column asks (fit-text.ts), and the asks of one frame become one change of the
 * column definitions. A column never shrinks back while the case is open; a new case starts from
 * the columns' own widths.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Workbench } from '../state/workbench';
import type { FitWidths } from './columns';

export function useFitWidths(workbench: Workbench): { fit: FitWidths; widen: (colId: string, width: number) => void } {
  const [fit, setFit] = useState<FitWidths>({});
  const asked = useRef<Record<string, number>>({});
  const frame = useRef<number | null>(null);

  const widen = useCallback((colId: string, width: number) => {
    if (width <= (asked.current[colId] ?? 0)) return;
    asked.current = { ...asked.current, [colId]: width };
    // Asked while the grid paints: the change waits for the next frame.
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      setFit(asked.current);
    });
  }, []);

  useEffect(
    () =>
      workbench.subscribe((change) => {
        if (change.kind !== 'document') return;
        asked.current = {};
        setFit({});
      }),
    [workbench],
  );
  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);

  return { fit, widen };
}
