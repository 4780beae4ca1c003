/**
 * IPC channel names, shared by the main process and the preload. One channel per host operation,
 * typed from shared/host.ts: adding an operation there fails to compile here until it has a
 * channel, and from here until it has a handler and a preload method.
 */
import type { HostOperation } from '../shared/host';

export const HOST_CHANNELS = {
  openCase: 'host:openCase',
  saveCase: 'host:saveCase',
  recentFiles: 'host:recentFiles',
  pickWorkbook: 'host:pickWorkbook',
  saveExport: 'host:saveExport',
  writeRecovery: 'host:writeRecovery',
  listRecoveries: 'host:listRecoveries',
  discardRecovery: 'host:discardRecovery',
  printNote: 'host:printNote',
  writeClipboard: 'host:writeClipboard',
  setDocumentState: 'host:setDocumentState',
} as const satisfies { [K in HostOperation]: `host:${K}` };

export const HOST_OPERATIONS = Object.keys(HOST_CHANNELS) as HostOperation[];

/** Main -> renderer: a MenuCommand string. */
export const MENU_COMMAND_CHANNEL = 'host:menuCommand';
/** Main -> renderer: an OpenedCaseFile the OS asked us to open. */
export const OPEN_FILE_CHANNEL = 'host:openFile';
