/**
 * "Udskriv / Gem som PDF": the note as it will print, page by page on screen, recomputed from the
 * case as it is now. Printing prints this view (print.css hides the editor), through the host: a
 * PDF file in Electron, the browser's print dialog in the browser edition.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { noteContent } from '../../shared/note/note-content';
import type { NoteTable } from '../../shared/note/note-tables';
import type { WorkbenchSnapshot } from '../state/workbench';
import { NoteDocument } from './NoteDocument';
import './print.css';

export function PrintPreview({ snapshot, onPrint, onClose, onCopy }: {
  snapshot: WorkbenchSnapshot;
  onPrint: () => void;
  onClose: () => void;
  onCopy: (table: NoteTable) => void;
}) {
  const { t } = useTranslation();
  const note = useMemo(() => noteContent(snapshot.case, snapshot.engine), [snapshot.case, snapshot.engine, snapshot.revision]);
  const frame = useRef<HTMLDivElement>(null);
  // Focus leaves the sheet behind the preview, so keys typed now cannot edit a cell no one sees.
  useEffect(() => frame.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div ref={frame} tabIndex={-1} className="print-preview" role="dialog" aria-modal="true" aria-label={t('print.title')} data-testid="print-preview">
      <div className="print-toolbar no-print">
        <strong>{t('print.title')}</strong>
        <button type="button" className="primary" data-testid="print-now" onClick={onPrint}>
          {t('print.print')}
        </button>
        <button type="button" data-testid="print-close" onClick={onClose}>
          {t('print.close')}
        </button>
        <span className="muted">{t('print.hint')}</span>
      </div>
      <div className="print-pages">
        <NoteDocument note={note} onCopy={onCopy} copyLabel={t('print.copyTable')} />
      </div>
    </div>
  );
}
