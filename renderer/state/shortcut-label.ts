/**
 * The shortcut shown beside an action (palette, tooltip), as this platform writes it; none where
 * the browser edition would never receive it (Ctrl+N opens a browser window instead).
 */
import { primaryShortcut, type ActionId } from '../../shared/actions/action-catalog';
import { BROWSER_KEPT_SHORTCUTS } from '../../shared/actions/placement';
import { displayShortcut, parseShortcut, shortcutText } from '../../shared/actions/shortcut';
import { host } from '../host';
import { currentPlatform } from './platform';

const KEPT = new Set(BROWSER_KEPT_SHORTCUTS.map((s) => shortcutText(parseShortcut(s))));

export function shortcutLabel(id: ActionId): string | null {
  const platform = currentPlatform();
  const shortcut = primaryShortcut(id, platform);
  if (!shortcut || (host.kind === 'browser' && KEPT.has(shortcutText(shortcut)))) return null;
  return displayShortcut(shortcut, platform);
}
