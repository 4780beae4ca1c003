import { describe, expect, it } from 'vitest';
import { accelerator, displayShortcut, matchesShortcut, parseShortcut } from '../../../shared/actions/shortcut';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
});

describe('a shortcut', () => {
  const saveAs = parseShortcut('Mod+Shift+S');

  it('is Ctrl on Windows and Linux and Cmd on macOS', () => {
    expect(matchesShortcut(press('S', { ctrlKey: true, shiftKey: true }), saveAs, 'other')).toBe(true);
    expect(matchesShortcut(press('S', { metaKey: true, shiftKey: true }), saveAs, 'mac')).toBe(true);
    expect(matchesShortcut(press('S', { ctrlKey: true, shiftKey: true }), saveAs, 'mac')).toBe(false);
    expect(matchesShortcut(press('S', { metaKey: true, shiftKey: true }), saveAs, 'other')).toBe(false);
  });

  it('needs exactly its modifiers', () => {
    expect(matchesShortcut(press('s', { ctrlKey: true }), saveAs, 'other')).toBe(false);
    expect(matchesShortcut(press('S', { ctrlKey: true, shiftKey: true, altKey: true }), saveAs, 'other')).toBe(false);
    expect(matchesShortcut(press('s', { ctrlKey: true }), parseShortcut('Mod+S'), 'other')).toBe(true);
    expect(matchesShortcut(press('a', { ctrlKey: true }), parseShortcut('Mod+S'), 'other')).toBe(false);
  });

  it('reads as people write it, per platform', () => {
    expect(displayShortcut(saveAs, 'other')).toBe('Ctrl+Shift+S');
    expect(displayShortcut(saveAs, 'mac')).toBe('⇧⌘S');
    expect(displayShortcut(parseShortcut('Alt+ArrowUp'), 'other')).toBe('Alt+↑');
    expect(displayShortcut(parseShortcut('Alt+ArrowDown'), 'mac')).toBe('⌥↓');
    expect(accelerator(saveAs, 'other')).toBe('Ctrl+Shift+S');
    expect(accelerator(saveAs, 'mac')).toBe('Cmd+Shift+S');
    expect(accelerator(parseShortcut('Alt+ArrowDown'), 'mac')).toBe('Alt+Down');
  });

  it('refuses a modifier it does not know', () => {
    expect(() => parseShortcut('Hyper+S')).toThrow('ukendt modifikator');
  });
});
