/** The selected row's kind, scope and classification, and the row and section buttons. */
import { useTranslation } from 'react-i18next';
import { BUCKETS, STYRINGSOMRAADER, type Classification, type Row, type RowKind } from '../../shared/model/case';
import { findRow, findSection } from '../../shared/model/rows';
import type { FocusedCell } from '../state/focused-cell';
import type { Workbench, WorkbenchSnapshot } from '../state/workbench';
import * as actions from '../state/actions';
import { TextField } from './TextField';
import { actionSpec } from '../../shared/actions/action-catalog';
import { runAction, type ActionBindings } from '../state/action-bindings';
import type { Notify } from '../state/notify';

const KINDS: RowKind[] = ['input', 'driver', 'formula', 'subtotal', 'result', 'note'];

// The names the end-to-end tests have always used for these buttons.
const TEST_IDS = { addRow: 'add-row', addDriver: 'add-driver', addSection: 'add-section', moveRowUp: 'move-up', moveRowDown: 'move-down', deleteRow: 'delete-row' } as const;

export function RowInspector({ workbench, snapshot, focused, bindings, onMessage }: {
  workbench: Workbench;
  /** Adding and deleting rows are registry actions, run the same way as from the palette. */
  bindings: ActionBindings;
  snapshot: WorkbenchSnapshot;
  focused: FocusedCell | null;
  onMessage: Notify;
}) {
  const { t } = useTranslation();
  const row = focused?.rowId ? findRow(snapshot.case, focused.rowId) : undefined;
  const section = focused?.sectionId ? findSection(snapshot.case, focused.sectionId) : undefined;
  const report = (error: string | null) => error && onMessage(error, 'error');
  const setClass = (r: Row, patch: Partial<Classification>) => report(actions.setRowProps(workbench, r.id, { classification: { ...r.classification, ...patch } }));

  return (
    <section className="panel row-inspector" aria-label={t('rows.inspector')}>
      <h2>{t('rows.inspector')}</h2>
      <div className="button-row">
        {(['addRow', 'addDriver', 'addSection'] as const).map((id) => (
          <button type="button" key={id} data-testid={TEST_IDS[id]} onClick={() => runAction(bindings, id)}>{t(actionSpec(id).labelKey)}</button>
        ))}
      </div>
      {!row && !section && <p className="hint">{t('rows.nothingSelected')}</p>}
      {row && (
        <div className="form" data-testid="row-form">
          <TextField label={t('sheet.label')} value={row.label} testId="row-label" onCommit={(v) => report(actions.renameRow(workbench, row.id, v))} />
          <label>
            {t('rows.kind')}
            <select data-testid="row-kind" value={row.kind} onChange={(e) => report(actions.setRowProps(workbench, row.id, { kind: e.target.value as RowKind }))}>
              {KINDS.map((k) => <option key={k} value={k}>{t(`rows.kinds.${k}`)}</option>)}
            </select>
          </label>
          <label>
            {t('rows.scope')}
            <select value={row.scope} onChange={(e) => report(actions.setRowProps(workbench, row.id, { scope: e.target.value as Row['scope'] }))}>
              <option value="period">{t('rows.scopes.period')}</option>
              <option value="constant">{t('rows.scopes.constant')}</option>
            </select>
          </label>
          {row.kind === 'driver' && (
            <label>
              {t('rows.driverFormat')}
              <select value={row.driverFormat ?? 'number'} onChange={(e) => report(actions.setRowProps(workbench, row.id, { driverFormat: e.target.value as NonNullable<Row['driverFormat']> }))}>
                {(['number', 'kr', 'percent'] as const).map((f) => <option key={f} value={f}>{t(`rows.driverFormats.${f}`)}</option>)}
              </select>
            </label>
          )}
          <TextField label={t('sheet.styringsomraade')} value={row.classification.styringsomraade ?? ''} list="styringsomraader" onCommit={(v) => setClass(row, { styringsomraade: v || undefined })} />
          <datalist id="styringsomraader">{STYRINGSOMRAADER.map((s) => <option key={s} value={s} />)}</datalist>
          <TextField label={t('sheet.udvalg')} value={row.classification.udvalg ?? ''} onCommit={(v) => setClass(row, { udvalg: v || undefined })} />
          <TextField label={t('sheet.bevilling')} value={row.classification.bevilling ?? ''} onCommit={(v) => setClass(row, { bevilling: v || undefined })} />
          <label>
            {t('sheet.iu')}
            <select value={row.classification.iu ?? ''} onChange={(e) => setClass(row, { iu: (e.target.value || undefined) as Classification['iu'] })}>
              <option value="">{t('rows.none')}</option>
              <option value="I">I</option>
              <option value="U">U</option>
            </select>
          </label>
          <label>
            {t('rows.bucket')}
            <select value={row.classification.bucket ?? ''} onChange={(e) => setClass(row, { bucket: (e.target.value || undefined) as Classification['bucket'] })}>
              <option value="">{t('rows.none')}</option>
              {BUCKETS.map((b) => <option key={b} value={b}>{t(`rows.buckets.${b}`)}</option>)}
            </select>
          </label>
          <div className="button-row">
            {(['moveRowUp', 'moveRowDown', 'deleteRow'] as const).map((id) => (
              <button type="button" key={id} data-testid={TEST_IDS[id]} className={id === 'deleteRow' ? 'danger' : undefined} onClick={() => runAction(bindings, id)}>{t(actionSpec(id).labelKey)}</button>
            ))}
          </div>
        </div>
      )}
      {!row && section && (
        <div className="form">
          <TextField label={t('sheet.section')} value={section.label} onCommit={(v) => report(actions.renameSection(workbench, section.id, v))} />
          <div className="button-row">
            <button type="button" className="danger" onClick={() => report(actions.deleteSection(workbench, section.id))}>{t('rows.deleteSection')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
