/** The file steps of ./file-flow bound to the real host, as the editor window calls them. */
import type { OpenedCaseFile } from '../../shared/host';
import { host } from '../host';
import { answerExternalChange, openFile, saveDocument, showOpened, type ExternalChange, type ExternalChangeChoice, type FileFlow, type SaveOutcome, type Translate } from './file-flow';
import type { Notify } from './notify';
import type { Workbench } from './workbench';

const flowOf = (workbench: Workbench, notify: Notify, t: Translate): FileFlow => ({ invoke: host.invoke.bind(host), workbench, notify, t });

export async function openCaseFile(workbench: Workbench, from: { handle?: string; preloaded?: OpenedCaseFile }, notify: Notify, t: Translate): Promise<boolean> {
  const flow = flowOf(workbench, notify, t);
  return from.preloaded ? showOpened(flow, from.preloaded) : openFile(flow, from.handle);
}

export function saveCaseFile(workbench: Workbench, saveAs: boolean, notify: Notify, t: Translate): Promise<SaveOutcome> {
  return saveDocument(flowOf(workbench, notify, t), saveAs);
}

export function answerChangedFile(workbench: Workbench, change: ExternalChange, choice: ExternalChangeChoice, notify: Notify, t: Translate): Promise<SaveOutcome> {
  return answerExternalChange(flowOf(workbench, notify, t), change, choice);
}
