/** Which page action a key press is the shortcut of, read from the registry. */
import { ACTIONS, isPageAction, type PageActionId } from './action-catalog';
import { matchesShortcut, type KeyPress, type Platform } from './shortcut';

/**
 * `inField`: the key was typed into a text field, where only actions marked `inFields` take it.
 * `scope`: who asks, the window's listener or the sheet's key handler.
 */
export function actionForKey(press: KeyPress, platform: Platform, inField: boolean, scope: 'window' | 'sheet' = 'window'): PageActionId | null {
  for (const a of ACTIONS) {
    if (!isPageAction(a) || a.scope !== scope || (inField && !a.inFields)) continue;
    if (a.shortcuts[platform].some((s) => matchesShortcut(press, s, platform))) return a.id;
  }
  return null;
}
