/** Opening and saving the document through the host; a file that cannot be read changes nothing. */
import type { TFunction } from 'i18next';
import { loadCaseFile } from '../../shared/file/load';
import { serializeCase } from '../../shared/file/save';
import type { OpenedCaseFile } from '../../shared/host';
import { host } from '../host';
import type { Workbench } from './workbench';

type Notify = (text: string, kind: 'info' | 'error') => void;

export async function openCaseFile(workbench: Workbench, from: { handle?: string; preloaded?: OpenedCaseFile }, notify: Notify, t: TFunction): Promise<boolean> {
  let file: OpenedCaseFile | null;
  try {
    file = from.preloaded ?? (await host.invoke('openCase', from.handle ? { handle: from.handle } : {}));
  } catch (e) {
    notify(t('messages.openFailed', { message: (e as Error).message }), 'error');
    return false;
  }
  if (!file) return false;
  const loaded = loadCaseFile(file.text);
  if (!loaded.ok) {
    notify(t('messages.openFailed', { message: loaded.error }), 'error');
    return false;
  }
  workbench.load(loaded.case, { name: file.name, handle: file.handle }, file.modifiedAt);
  notify(t('messages.opened', { name: file.name }), 'info');
  return true;
}

export async function saveCaseFile(workbench: Workbench, saveAs: boolean, notify: Notify, t: TFunction): Promise<boolean> {
  const snap = workbench.getSnapshot();
  let text: string;
  try {
    text = serializeCase(snap.case);
  } catch (e) {
    notify((e as Error).message, 'error');
    return false;
  }
  try {
    const saved = await host.invoke('saveCase', {
      file: snap.file,
      suggestedName: snap.file?.name ?? `${snap.case.meta.title || 'sag'}.budgetnotat`,
      text,
      saveAs,
      expectedModifiedAt: snap.modifiedAt,
    });
    if (!saved) return false;
    workbench.markSaved({ name: saved.name, handle: saved.handle }, saved.modifiedAt);
    notify(t('messages.saved', { name: saved.name }), 'info');
    return true;
  } catch (e) {
    notify((e as Error).message, 'error');
    return false;
  }
}
