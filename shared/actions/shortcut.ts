/**
 * A keyboard shortcut as plain data, written the way people read it: "Mod+Shift+S", where Mod is
 * Ctrl on Windows and Linux and Cmd on macOS. The same text gives the Electron accelerator, the
 * label shown in the palette and the test for a key event, so they cannot drift apart.
 */
export type Platform = 'mac' | 'other';

export interface Shortcut {
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** KeyboardEvent.key for a named key ("ArrowUp", "F2", "Delete"), else the upper-case letter or digit. */
  key: string;
}

/** The modifier and key state a keydown carries (a DOM KeyboardEvent has all of these). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function parseShortcut(text: string): Shortcut {
  const parts = text.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`Genvejen "${text}" mangler en tast.`);
  const mods = new Set(parts);
  for (const m of mods) if (m !== 'Mod' && m !== 'Shift' && m !== 'Alt') throw new Error(`Genvejen "${text}" har en ukendt modifikator: ${m}.`);
  return { mod: mods.has('Mod'), shift: mods.has('Shift'), alt: mods.has('Alt'), key: key.length === 1 ? key.toUpperCase() : key };
}

/** One text per distinct shortcut, for comparing two of them. */
export function shortcutText(s: Shortcut): string {
  return [s.mod && 'Mod', s.shift && 'Shift', s.alt && 'Alt', s.key].filter(Boolean).join('+');
}

// Arrows as arrows on every platform, so the text needs no translation.
const KEY_NAMES: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };
const MAC_SYMBOLS: Record<string, string> = { ...KEY_NAMES, Delete: '⌦', Enter: '↩', Escape: '⎋' };

/** As a user reads it on that platform: "Ctrl+Shift+S", or "⇧⌘S" on macOS (Apple's order). */
export function displayShortcut(s: Shortcut, platform: Platform): string {
  if (platform === 'mac') return `${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.mod ? '⌘' : ''}${MAC_SYMBOLS[s.key] ?? s.key}`;
  return [s.mod && 'Ctrl', s.shift && 'Shift', s.alt && 'Alt', KEY_NAMES[s.key] ?? s.key].filter(Boolean).join('+');
}

const ACCELERATOR_KEYS: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', Escape: 'Esc' };

/** Electron's accelerator, spelt out per platform (Cmd on macOS, Ctrl elsewhere). */
export function accelerator(s: Shortcut, platform: Platform): string {
  return [s.mod && (platform === 'mac' ? 'Cmd' : 'Ctrl'), s.shift && 'Shift', s.alt && 'Alt', ACCELERATOR_KEYS[s.key] ?? s.key].filter(Boolean).join('+');
}

/**
 * Whether a keydown is this shortcut on this platform. Letters are compared by the key they
 * type, so Shift (which makes "s" an "S") and a Danish layout's letters both work; the other
 * modifier (Ctrl on macOS, Cmd elsewhere) must be up, so it stays free for the system.
 */
export function matchesShortcut(press: KeyPress, s: Shortcut, platform: Platform): boolean {
  const mod = platform === 'mac' ? press.metaKey : press.ctrlKey;
  const other = platform === 'mac' ? press.ctrlKey : press.metaKey;
  if (mod !== s.mod || other || press.shiftKey !== s.shift || press.altKey !== s.alt) return false;
  return (press.key.length === 1 ? press.key.toUpperCase() : press.key) === s.key;
}
