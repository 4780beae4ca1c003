/** Picks the host: the Electron preload's API when present, otherwise the browser edition's. */
import type { Host } from '../../shared/host';
import { browserHost } from './browser-host';

declare global {
  interface Window {
    budgetnotatHost?: Host;
  }
}

export const host: Host = window.budgetnotatHost ?? browserHost;
