/**
 * Autosave of unsaved work to the host's recovery store (IndexedDB in the browser, the app data
 * folder on the desktop), a few seconds after the last change and when the window loses focus;
 * it is discarded once the document is saved (or replaced by a clean one). At start, every
 * recovery an earlier session left (and the host still offers: newer than its file) is offered.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadCaseFile } from '../../shared/file/load';
import { serializeCase } from '../../shared/file/save';
import type { Recovery } from '../../shared/host';
import { host } from '../host';
import type { Translate } from './file-flow';
import type { Notify } from './notify';
import type { Workbench, WorkbenchSnapshot } from './workbench';

export const AUTOSAVE_DELAY_MS = 2000;

const sessionId = `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export function useAutosave(workbench: Workbench, snapshot: WorkbenchSnapshot, notify: Notify, t: Translate) {
  const [offers, setOffers] = useState<Recovery[]>([]);
  // Whether the earlier sessions' work has been asked for: the start dialog waits for the answer,
  // so that an offer to restore is there from its first paint, not pushed in under the pointer.
  const [checked, setChecked] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const writeNow = useCallback(async () => {
    const snap = workbench.getSnapshot();
    if (!snap.dirty) return;
    let text: string;
    try {
      text = serializeCase(snap.case);
    } catch {
      return;
    }
    await host.invoke('writeRecovery', { id: sessionId, title: snap.case.meta.title, file: snap.file, savedAt: Date.now(), text });
  }, [workbench]);

  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    if (snapshot.dirty) timer.current = setTimeout(() => void writeNow(), AUTOSAVE_DELAY_MS);
    else void host.invoke('discardRecovery', { id: sessionId });
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [snapshot.revision, snapshot.dirty, writeNow]);

  useEffect(() => {
    const onBlur = () => void writeNow();
    window.addEventListener('blur', onBlur);
    return () => window.removeEventListener('blur', onBlur);
  }, [writeNow]);

  useEffect(() => {
    void host
      .invoke('listRecoveries')
      .then((list) => setOffers(list.filter((r) => r.id !== sessionId).sort((a, b) => b.savedAt - a.savedAt)))
      .catch(() => setOffers([]))
      .finally(() => setChecked(true));
  }, []);

  const withdraw = (recovery: Recovery) => setOffers((list) => list.filter((r) => r.id !== recovery.id));

  /** The old recovery goes only once this session's own copy of the work is on disk. False when it cannot be read. */
  const restore = useCallback(
    async (recovery: Recovery): Promise<boolean> => {
      const loaded = loadCaseFile(recovery.text);
      if (!loaded.ok) {
        notify(t('files.restoreFailed', { message: loaded.error }), 'error');
        return false;
      }
      workbench.load(loaded.case, recovery.file, null, true);
      withdraw(recovery);
      try {
        await writeNow();
        await host.invoke('discardRecovery', { id: recovery.id });
      } catch (e) {
        notify((e as Error).message, 'error');
      }
      return true;
    },
    [workbench, writeNow, notify, t],
  );

  const discard = useCallback((recovery: Recovery) => {
    withdraw(recovery);
    void host.invoke('discardRecovery', { id: recovery.id });
  }, []);

  return { offers, checked, restore, discard };
}
