/**
 * Keyboard shortcuts for the whole window: save, open, print, undo and redo. Keys typed into a text field
 * (including the sheet's cell editor) are left to the field, so Ctrl+Z there undoes typing.
 */
import { useEffect } from 'react';
import type { ToolbarAction } from '../panels/Toolbar';

export function useGlobalShortcuts(run: (action: ToolbarAction) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      const inField = Boolean(target?.closest('input, textarea, select, [contenteditable="true"]'));
      const key = e.key.toLowerCase();
      let action: ToolbarAction | null = null;
      if (key === 's') action = e.shiftKey ? 'saveAs' : 'save';
      else if (key === 'o') action = 'open';
      // The note, not the editor's screen, is what Ctrl+P should print: it opens the print preview.
      else if (key === 'p' && !e.shiftKey) action = 'printNote';
      else if (!inField && key === 'z') action = e.shiftKey ? 'redo' : 'undo';
      else if (!inField && key === 'y') action = 'redo';
      if (!action) return;
      e.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}
