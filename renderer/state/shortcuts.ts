/**
 * The window's keyboard shortcuts, read from the action registry: a keydown that is an action's
 * shortcut on this platform runs that action. Keys typed into a text field (the sheet's cell
 * editor included) are left to the field unless the action says otherwise, so Ctrl+Z there
 * undoes typing.
 */
import { useEffect } from 'react';
import { actionForKey } from '../../shared/actions/action-for-key';
import { runAction, type ActionBindings } from './action-bindings';
import { currentPlatform } from './platform';

export function useGlobalShortcuts(bindings: ActionBindings): void {
  useEffect(() => {
    const platform = currentPlatform();
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const inField = Boolean(target?.closest('input, textarea, select, [contenteditable="true"]'));
      const id = actionForKey(e, platform, inField);
      if (!id) return;
      e.preventDefault();
      runAction(bindings, id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bindings]);
}
