/** The toolbar: file, undo/redo, columns and language. The desktop edition also has native menus. */
import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_KEYS, type ClassificationKey } from '../sheet/column-ids';
import { setLanguage } from '../i18n/i18n';
import type { WorkbenchSnapshot } from '../state/workbench';

export type ToolbarAction = 'new' | 'open' | 'save' | 'saveAs' | 'undo' | 'redo' | 'importXlsx' | 'exportXlsx' | 'printNote' | 'copyTable';

export function Toolbar({ snapshot, onAction, shown, onToggleColumn }: {
  snapshot: WorkbenchSnapshot;
  onAction: (action: ToolbarAction) => void;
  shown: ReadonlySet<ClassificationKey>;
  onToggleColumn: (key: ClassificationKey) => void;
}) {
  const { t, i18n } = useTranslation();
  const button = (action: ToolbarAction, label: string, disabled = false) => (
    <button type="button" data-testid={`tb-${action}`} disabled={disabled} onClick={() => onAction(action)}>
      {label}
    </button>
  );
  return (
    <header className="toolbar">
      <strong className="brand">{t('app.name')}</strong>
      <span className="doc-title" data-testid="doc-title">
        {snapshot.dirty ? '• ' : ''}
        {snapshot.case.meta.title || t('app.untitled')}
        {snapshot.file ? <span className="muted"> — {snapshot.file.name}</span> : null}
      </span>
      <nav className="group">
        {button('new', t('toolbar.new'))}
        {button('open', t('toolbar.open'))}
        {button('save', t('toolbar.save'))}
        {button('saveAs', t('toolbar.saveAs'))}
      </nav>
      <nav className="group">
        {button('undo', t('toolbar.undo'), !snapshot.canUndo)}
        {button('redo', t('toolbar.redo'), !snapshot.canRedo)}
      </nav>
      <nav className="group">
        {button('importXlsx', t('toolbar.importXlsx'))}
        {button('exportXlsx', t('toolbar.exportXlsx'))}
      </nav>
      <nav className="group">
        {button('printNote', t('toolbar.printNote'))}
        {button('copyTable', t('toolbar.copyTable'))}
      </nav>
      <nav className="group columns">
        {CLASSIFICATION_KEYS.map((k) => (
          <label key={k} className="toggle">
            <input type="checkbox" data-testid={`col-${k}`} checked={shown.has(k)} onChange={() => onToggleColumn(k)} />
            {t(`sheet.${k}`)}
          </label>
        ))}
      </nav>
      <label className="language">
        {t('app.language')}{' '}
        <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as 'da' | 'en')} data-testid="language">
          <option value="da">Dansk</option>
          <option value="en">English</option>
        </select>
      </label>
    </header>
  );
}
