/**
 * The command palette (Ctrl+K, Cmd+K on macOS), as in VS Code: every action of the registry,
 * found by its Danish or English label, with its shortcut. Arrows move, Enter runs, Escape closes;
 * an action that cannot run now is shown greyed and Enter leaves it be.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, isPageAction, type PageActionId } from '../../shared/actions/action-catalog';
import { runAction, type ActionBindings } from '../state/action-bindings';
import { searchActions, type PaletteEntry } from '../state/palette-search';
import { shortcutLabel } from '../state/shortcut-label';

const LANGUAGES = ['da', 'en'] as const;

export function CommandPalette({ bindings, onClose }: { bindings: ActionBindings; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);

  // The UI's language first: its label is the one shown, the other is searched and shown muted.
  const entries = useMemo((): PaletteEntry<PageActionId>[] => {
    const order = i18n.language === 'en' ? ['en', 'da'] : [...LANGUAGES];
    const fixed = order.map((lng) => i18n.getFixedT(lng));
    return ACTIONS.filter(isPageAction).filter((a) => a.inPalette).map((a) => ({
      id: a.id,
      labels: fixed.map((tl) => tl(a.labelKey)),
    }));
  }, [i18n, i18n.language]);
  const results = useMemo(() => searchActions(entries, query), [entries, query]);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, results]);

  // Focus goes back where it was (the sheet's cell, say) before the action runs.
  const previous = useRef<Element | null>(document.activeElement);
  const close = () => {
    onClose();
    if (previous.current instanceof HTMLElement) previous.current.focus();
  };
  const choose = (index: number) => {
    const entry = results[index];
    if (!entry || !bindings[entry.id].enabled) return;
    close();
    runAction(bindings, entry.id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (n > 0) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') e.preventDefault();
  };

  const activeId = results[active] ? `palette-option-${results[active].id}` : undefined;
  return (
    <div className="palette-backdrop" onMouseDown={close}>
      <div className="palette" role="dialog" aria-label={t('palette.title')} data-testid="command-palette" onMouseDown={(e) => e.stopPropagation()}>
        <input
          autoFocus
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={activeId}
          aria-label={t('palette.title')}
          placeholder={t('palette.placeholder')}
          data-testid="palette-input"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="palette-list" role="listbox" ref={list}>
          {results.map((entry, i) => {
            const enabled = bindings[entry.id].enabled;
            const shortcut = shortcutLabel(entry.id);
            return (
              <li
                key={entry.id}
                id={`palette-option-${entry.id}`}
                role="option"
                aria-selected={i === active}
                aria-disabled={!enabled}
                data-testid={`palette-${entry.id}`}
                className={enabled ? undefined : 'disabled'}
                onMouseMove={() => setActive(i)}
                onClick={() => choose(i)}
              >
                <span className="palette-label">{entry.labels[0]}</span>
                <span className="palette-alias">{entry.labels[1]}</span>
                {shortcut && <kbd>{shortcut}</kbd>}
              </li>
            );
          })}
        </ul>
        {results.length === 0 && <p className="palette-empty">{t('palette.empty', { query: query.trim() })}</p>}
      </div>
    </div>
  );
}
