/**
 * The toolbar: the registry's toolbar actions (shared/actions/placement.ts), the classification
 * columns (in a drop-down) and the language. The desktop edition also has native menus. It stays one line at any
 * title length: the title gives way (cut with "…", whole in its tooltip), the buttons never wrap.
 */
import { useTranslation } from 'react-i18next';
import { actionSpec } from '../../shared/actions/action-catalog';
import { TOOLBAR_GROUPS } from '../../shared/actions/placement';
import { CLASSIFICATION_KEYS, type ClassificationKey } from '../sheet/column-ids';
import { setLanguage } from '../i18n/i18n';
import { runAction, type ActionBindings } from '../state/action-bindings';
import { shortcutLabel } from '../state/shortcut-label';
import type { WorkbenchSnapshot } from '../state/workbench';

export function Toolbar({ snapshot, bindings, shown, onToggleColumn }: {
  snapshot: WorkbenchSnapshot;
  bindings: ActionBindings;
  shown: ReadonlySet<ClassificationKey>;
  onToggleColumn: (key: ClassificationKey) => void;
}) {
  const { t, i18n } = useTranslation();
  const title = snapshot.case.meta.title || t('app.untitled');
  return (
    <header className="toolbar">
      <strong className="brand">{t('app.name')}</strong>
      <span className="doc-title" data-testid="doc-title" title={snapshot.file ? `${title} — ${snapshot.file.name}` : title}>
        {snapshot.dirty ? '• ' : ''}
        {title}
        {snapshot.file ? <span className="muted"> — {snapshot.file.name}</span> : null}
      </span>
      {TOOLBAR_GROUPS.map((group) => (
        <nav className="group" key={group.join()}>
          {group.map((id) => {
            const shortcut = shortcutLabel(id);
            const spec = actionSpec(id);
            const label = t(spec.labelKey);
            return (
              <button type="button" key={id} data-testid={`tb-${id}`} disabled={!bindings[id].enabled}
                title={shortcut ? `${label} (${shortcut})` : label}
                aria-label={label}
                onClick={() => runAction(bindings, id)}>
                {t(spec.toolbarLabelKey)}
              </button>
            );
          })}
        </nav>
      ))}
      <details className="columns-menu">
        <summary data-testid="columns-menu">{t('sheet.columns')}</summary>
        <div className="columns-popup">
          {CLASSIFICATION_KEYS.map((k) => (
            <label key={k} className="toggle">
              <input type="checkbox" data-testid={`col-${k}`} checked={shown.has(k)} onChange={() => onToggleColumn(k)} />
              {t(`sheet.${k}`)}
            </label>
          ))}
        </div>
      </details>
      <select className="language" aria-label={t('app.language')} title={t('app.language')} value={i18n.language} onChange={(e) => setLanguage(e.target.value as 'da' | 'en')} data-testid="language">
        <option value="da">Dansk</option>
        <option value="en">English</option>
      </select>
    </header>
  );
}
