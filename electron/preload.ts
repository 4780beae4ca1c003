/**
 * The preload: runs sandboxed in the page before any of its scripts and exposes the host contract
 * as `window.budgetnotatHost`. Bundled to one CommonJS file (scripts/build-electron.mjs), because
 * a sandboxed preload may require nothing but 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Host } from '../shared/host';
import { createHostApi } from './preload-api';

const api = createHostApi(ipcRenderer) satisfies Host;

contextBridge.exposeInMainWorld('budgetnotatHost', api);
