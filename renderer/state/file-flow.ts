/**
 * Opening, saving and the changed-on-disk question as steps over an injected host `invoke`, so the
 * decisions run (and are tested) without a window; document-files.ts binds them to the real host.
 * A file that cannot be read, or a save that fails, gives one message and leaves the document as
 * it was.
 */
import { loadCaseFile } from '../../shared/file/load';
import { serializeCase } from '../../shared/file/save';
import type { FileRef, Host, OpenedCaseFile, SaveCaseResult } from '../../shared/host';
import { FORMAT_VERSION } from '../../shared/model/case';
import type { Workbench } from './workbench';
import type { Notify } from './notify';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface FileFlow {
  invoke: Host['invoke'];
  workbench: Workbench;
  notify: Notify;
  t: Translate;
}

/** A save the host refused because someone changed the file on disk; `text` is what we meant to write. */
export interface ExternalChange {
  file: { name: string; handle: string };
  modifiedAt: number;
  text: string;
}

export type ExternalChangeChoice = 'reload' | 'overwrite' | 'saveAs' | 'cancel';

/** `changedOnDisk` hands the question to the user; the other outcomes have been told already. */
export type SaveOutcome = { kind: 'saved' } | { kind: 'notSaved' } | { kind: 'reloaded' } | { kind: 'changedOnDisk'; change: ExternalChange };

const NOT_SAVED: SaveOutcome = { kind: 'notSaved' };

/** Puts an opened file into the workbench if it loads; says so, and that it was migrated if it was. */
export function showOpened(flow: FileFlow, file: OpenedCaseFile): boolean {
  const loaded = loadCaseFile(file.text);
  if (!loaded.ok) {
    flow.notify(flow.t('files.openFailed', { name: file.name, message: loaded.error }), 'error');
    return false;
  }
  flow.workbench.load(loaded.case, { name: file.name, handle: file.handle }, file.modifiedAt);
  const migrated = loaded.migratedFrom !== undefined;
  flow.notify(flow.t(migrated ? 'files.openedMigrated' : 'messages.opened', { name: file.name, from: loaded.migratedFrom ?? FORMAT_VERSION, to: FORMAT_VERSION }), 'info');
  return true;
}

/** Asks the host for a file (the picker, or `handle` directly) and opens it. */
export async function openFile(flow: FileFlow, handle?: string): Promise<boolean> {
  let file: OpenedCaseFile | null;
  try {
    file = await flow.invoke('openCase', handle ? { handle } : {});
  } catch (e) {
    flow.notify(flow.t('messages.openFailed', { message: (e as Error).message }), 'error');
    return false;
  }
  return file ? showOpened(flow, file) : false;
}

export async function saveDocument(flow: FileFlow, saveAs: boolean): Promise<SaveOutcome> {
  const snap = flow.workbench.getSnapshot();
  let text: string;
  try {
    text = serializeCase(snap.case);
  } catch (e) {
    flow.notify((e as Error).message, 'error');
    return NOT_SAVED;
  }
  const suggestedName = snap.file?.name ?? `${snap.case.meta.title || 'sag'}.budgetnotat`;
  return save(flow, { file: snap.file, suggestedName, text, saveAs, expectedModifiedAt: snap.modifiedAt });
}

/**
 * The user's answer to a changed file. Reload replaces the document with the file on disk (the
 * dialog says that our changes go); overwrite writes ours, the host keeping theirs as the backup;
 * save as writes ours to a new file and leaves theirs alone.
 */
export async function answerExternalChange(flow: FileFlow, change: ExternalChange, choice: ExternalChangeChoice): Promise<SaveOutcome> {
  if (choice === 'cancel') return NOT_SAVED;
  if (choice === 'reload') return (await openFile(flow, change.file.handle)) ? { kind: 'reloaded' } : NOT_SAVED;
  return save(flow, { file: change.file, suggestedName: change.file.name, text: change.text, saveAs: choice === 'saveAs', expectedModifiedAt: null });
}

async function save(flow: FileFlow, request: { file: FileRef | null; suggestedName: string; text: string; saveAs: boolean; expectedModifiedAt: number | null }): Promise<SaveOutcome> {
  let result: SaveCaseResult | null;
  try {
    result = await flow.invoke('saveCase', request);
  } catch (e) {
    flow.notify((e as Error).message, 'error');
    return NOT_SAVED;
  }
  if (!result) return NOT_SAVED;
  if (result.kind === 'changedOnDisk') return { kind: 'changedOnDisk', change: { file: result.file, modifiedAt: result.modifiedAt, text: request.text } };
  flow.workbench.markSaved({ name: result.file.name, handle: result.file.handle }, result.file.modifiedAt);
  flow.notify(flow.t('messages.saved', { name: result.file.name }), 'info');
  return { kind: 'saved' };
}
