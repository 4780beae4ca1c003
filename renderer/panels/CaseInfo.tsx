/** The case's details: metadata, unit and decimals, price level, periods, result row and sign, rate. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNITS, unitLabel, type Unit } from '../../shared/money/units';
import { allRows, isComputedRow } from '../../shared/model/rows';
import type { CaseMeta } from '../../shared/model/case';
import type { RowId } from '../../shared/model/ids';
import { Decimal } from '../../shared/money/decimal';
import { formatDanish } from '../../shared/money/danish';
import { parsePercentField } from '../../shared/money/rate';
import type { Workbench, WorkbenchSnapshot } from '../state/workbench';
import * as actions from '../state/actions';
import { TextField } from './TextField';
import type { Notify } from '../state/notify';

const META_FIELDS: Array<[keyof CaseMeta, string, boolean?]> = [
  ['title', 'caseInfo.caseTitle'],
  ['summary', 'caseInfo.summary', true],
  ['administration', 'caseInfo.administration'],
  ['committee', 'caseInfo.committee'],
  ['caseNumber', 'caseInfo.caseNumber'],
  ['date', 'caseInfo.date'],
  ['author', 'caseInfo.author'],
];

export function CaseInfo({ workbench, snapshot, onMessage }: { workbench: Workbench; snapshot: WorkbenchSnapshot; onMessage: Notify }) {
  const { t } = useTranslation();
  // The form (with a row list as long as the case) is only built while the panel is open.
  const [open, setOpen] = useState(false);
  const c = snapshot.case;
  const report = (error: string | null) => error && onMessage(error, 'error');
  const axis = c.axis;
  const whole = (text: string, min: number, max: number, apply: (n: number) => void) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) onMessage(`${t('messages.invalidNumber')}: ${text}`, 'error');
    else apply(n);
  };
  return (
    <details className="panel case-info" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-testid="case-info">{t('caseInfo.title')}</summary>
      {open && (
      <div className="form">
        {META_FIELDS.map(([key, label, multi]) => (
          <TextField key={key} label={t(label)} value={c.meta[key]} multiline={multi} testId={`meta-${key}`} onCommit={(v) => report(actions.setCaseProps(workbench, { meta: { ...c.meta, [key]: v } }))} />
        ))}
        <label>
          {t('caseInfo.unit')}
          <select data-testid="case-unit" value={c.unit} onChange={(e) => report(actions.setCaseProps(workbench, { unit: e.target.value as Unit }))}>
            {UNITS.map((u) => <option key={u} value={u}>{unitLabel(u)}</option>)}
          </select>
        </label>
        <TextField label={t('caseInfo.decimals')} value={String(c.decimals)} onCommit={(v) => whole(v, 0, 6, (n) => report(actions.setCaseProps(workbench, { decimals: n })))} />
        <TextField label={t('caseInfo.priceLevel')} value={c.priceLevel} onCommit={(v) => report(actions.setCaseProps(workbench, { priceLevel: v }))} />
        <TextField label={t('caseInfo.firstYear')} value={String(axis.firstYear)} onCommit={(v) => whole(v, 1, 9999, (n) => report(actions.setAxis(workbench, { ...axis, firstYear: n })))} />
        <TextField label={t('caseInfo.years')} value={String(axis.count)} onCommit={(v) => whole(v, 1, 200, (n) => report(actions.setAxis(workbench, { ...axis, count: n })))} />
        <label>
          {t('caseInfo.labels')}
          <select value={axis.labelStyle} onChange={(e) => report(actions.setAxis(workbench, { ...axis, labelStyle: e.target.value as 'year' | 'relative' }))}>
            <option value="year">{t('caseInfo.labelYear')}</option>
            <option value="relative">{t('caseInfo.labelRelative')}</option>
          </select>
        </label>
        <TextField label={t('caseInfo.relativeFirstYear')} value={String(axis.relativeFirstYear)} onCommit={(v) => whole(v, 1, 9999, (n) => report(actions.setAxis(workbench, { ...axis, relativeFirstYear: n })))} />
        <label>
          {t('caseInfo.resultRow')}
          <select value={c.result.rowId ?? ''} onChange={(e) => report(actions.setCaseProps(workbench, { result: { ...c.result, rowId: (e.target.value || null) as RowId | null } }))}>
            <option value="">{t('rows.none')}</option>
            {/* Only derived rows can be chosen; an older case's typed result row stays listed while it is the one. */}
            {allRows(c).filter((r) => isComputedRow(r) || r.id === c.result.rowId).map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
          </select>
        </label>
        <label>
          {t('caseInfo.convention')}
          <select data-testid="case-convention" value={c.result.convention} onChange={(e) => report(actions.setCaseProps(workbench, { result: { ...c.result, convention: e.target.value as 'expensePositive' | 'gainPositive' } }))}>
            <option value="expensePositive">{t('caseInfo.expensePositive')}</option>
            <option value="gainPositive">{t('caseInfo.gainPositive')}</option>
          </select>
        </label>
        <TextField
          label={t('caseInfo.discountRate')}
          value={formatDanish(new Decimal(c.discountRate || '0').times(100), { decimals: new Decimal(c.discountRate || '0').times(100).decimalPlaces() })}
          onCommit={(v) => {
            const rate = parsePercentField(v);
            if (rate === null) onMessage(`${t('messages.invalidNumber')}: ${v}`, 'error');
            else report(actions.setCaseProps(workbench, { discountRate: rate.toString() }));
          }}
        />
      </div>
      )}
    </details>
  );
}
