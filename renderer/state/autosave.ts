/**
 * Autosave of unsaved work to the host's recovery store (IndexedDB in the browser, the app data
 * folder on the desktop), a few seconds after the last change and when the window loses focus;
 * and the offer to restore what an earlier session left behind.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadCaseFile } from '../../shared/file/load';
import { serializeCase } from '../../shared/file/save';
import type { Recovery } from '../../shared/host';
import { host } from '../host';
import type { Workbench, WorkbenchSnapshot } from './workbench';

export const AUTOSAVE_DELAY_MS = 2000;

const sessionId = `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export function useAutosave(workbench: Workbench, snapshot: WorkbenchSnapshot) {
  const [offer, setOffer] = useState<Recovery | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const writeNow = useCallback(() => {
    const snap = workbench.getSnapshot();
    if (!snap.dirty) return;
    let text: string;
    try {
      text = serializeCase(snap.case);
    } catch {
      return;
    }
    void host.invoke('writeRecovery', { id: sessionId, title: snap.case.meta.title, file: snap.file, savedAt: Date.now(), text });
  }, [workbench]);

  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    if (snapshot.dirty) timer.current = setTimeout(writeNow, AUTOSAVE_DELAY_MS);
    else void host.invoke('discardRecovery', { id: sessionId });
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [snapshot.revision, snapshot.dirty, writeNow]);

  useEffect(() => {
    window.addEventListener('blur', writeNow);
    return () => window.removeEventListener('blur', writeNow);
  }, [writeNow]);

  useEffect(() => {
    void host.invoke('listRecoveries').then((list) => {
      const older = list.filter((r) => r.id !== sessionId).sort((a, b) => b.savedAt - a.savedAt);
      if (older[0]) setOffer(older[0]);
    });
  }, []);

  const restore = useCallback(() => {
    if (!offer) return;
    const loaded = loadCaseFile(offer.text);
    if (loaded.ok) workbench.load(loaded.case, offer.file, null, true);
    void host.invoke('discardRecovery', { id: offer.id });
    setOffer(null);
  }, [offer, workbench]);

  const discard = useCallback(() => {
    if (offer) void host.invoke('discardRecovery', { id: offer.id });
    setOffer(null);
  }, [offer]);

  return { offer, restore, discard };
}
