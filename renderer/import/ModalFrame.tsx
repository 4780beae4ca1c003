/**
 * The import's modal frame: takes the focus when it opens, closes on Escape, and keeps the
 * window's shortcuts (Ctrl+Z, Ctrl+S, Ctrl+O) from acting on the case behind it.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export function ModalFrame({ label, testId, className, alert = false, busy = false, onEscape, children }: {
  label: string;
  testId: string;
  className: string;
  alert?: boolean;
  busy?: boolean;
  onEscape: () => void;
  children: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => frame.current?.focus(), []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !busy) onEscape();
    if (e.ctrlKey || e.metaKey || e.key === 'Escape') e.stopPropagation();
  };
  return (
    <div className="dialog-backdrop" role="presentation">
      <div ref={frame} tabIndex={-1} className={`dialog ${className}`} role={alert ? 'alertdialog' : 'dialog'} aria-modal="true" aria-label={label} aria-busy={busy} data-testid={testId} onKeyDown={onKeyDown}>
        {children}
      </div>
    </div>
  );
}
