/**
 * The selected table: the importer's guesses to correct (header row, label column, unit, price
 * level, the result's sign convention with what it was read from; each change is re-read by the
 * worker), how it read the rows, its discrepancies in the table's own unit, and its warnings.
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UNITS, unitLabel, type Unit } from '../../shared/money/units';
import type { SheetPreview, TableAdjustment, TableSummary } from '../../shared/xlsx/import/import-session';
import type { Convention } from '../../shared/xlsx/import/sign-convention';
import { amountInUnit } from './amount-text';
import { conventionBasisText } from './convention-text';
import { columnLetter } from '../../shared/xlsx/column-letters';
import { periodRange } from './TableList';
import { WarningList } from './WarningList';

const CONVENTIONS: Convention[] = ['expensePositive', 'gainPositive'];

/** A long table is summed up by its first rows here; the sheet preview and the counts show the rest. */
const SHOWN_ROWS = 100;

export function TableDetails({ table, sheet, busy, error, onAdjust }: {
  table: TableSummary;
  sheet: SheetPreview;
  busy: boolean;
  error: string | null;
  onAdjust: (change: TableAdjustment) => void;
}) {
  const { t } = useTranslation();
  const [headerRow, setHeaderRow] = useState(String(table.headerRow + 1));
  const [priceLevel, setPriceLevel] = useState(table.priceLevel ?? '');
  const commitHeader = () => {
    const row = Number(headerRow) - 1;
    // Back to the table's own row after a refused one: read it again, which also clears the refusal.
    if (Number.isInteger(row) && row >= 0 && (row !== table.headerRow || error !== null)) onAdjust({ headerRow: row });
  };
  const commitPriceLevel = () => {
    if (priceLevel.trim() !== (table.priceLevel ?? '')) onAdjust({ priceLevel: priceLevel.trim() });
  };
  const enter = (commit: () => void) => (e: KeyboardEvent) => {
    if (e.key === 'Enter') commit();
  };
  const columns = Math.max(table.lastCol + 1, ...sheet.cells.map((r) => r.length));
  const unit = unitLabel(table.unit);
  return (
    <div className="import-details" data-testid="import-details">
      <h3>{t('importXlsx.selected')}: {table.title || table.sheet}</h3>
      <div className="import-fields">
        <label>
          {t('importXlsx.headerRow')}
          <input type="number" min={1} max={sheet.rowCount} value={headerRow} disabled={busy} data-testid="import-header-row"
            onChange={(e) => setHeaderRow(e.target.value)} onBlur={commitHeader} onKeyDown={enter(commitHeader)} />
        </label>
        <label>
          {t('importXlsx.labelCol')}
          <select value={table.labelCol} disabled={busy} data-testid="import-label-col" onChange={(e) => onAdjust({ labelCol: Number(e.target.value) })}>
            {Array.from({ length: columns }, (_, c) => <option key={c} value={c}>{columnLetter(c + 1)}</option>)}
          </select>
        </label>
        <label>
          {t('importXlsx.unit')}
          <select value={table.unit} disabled={busy} data-testid="import-unit" onChange={(e) => onAdjust({ unit: e.target.value as Unit })}>
            {UNITS.map((u) => <option key={u} value={u}>{unitLabel(u)}</option>)}
          </select>
        </label>
        <label>
          {t('importXlsx.priceLevel')}
          <input value={priceLevel} placeholder={t('importXlsx.priceLevelNone')} disabled={busy} data-testid="import-price-level"
            onChange={(e) => setPriceLevel(e.target.value)} onBlur={commitPriceLevel} onKeyDown={enter(commitPriceLevel)} />
        </label>
        <label>
          {t('importXlsx.convention')}
          <select value={table.convention.value} disabled={busy} data-testid="import-convention" onChange={(e) => onAdjust({ convention: e.target.value as Convention })}>
            {CONVENTIONS.map((c) => <option key={c} value={c}>{t(`caseInfo.${c}`)}</option>)}
          </select>
        </label>
      </div>
      <p className="hint" data-testid="import-convention-basis">{conventionBasisText(t, table.convention)}</p>
      {error && <p className="import-error" role="alert" data-testid="import-adjust-error">{error}</p>}
      <p className="hint">
        {t('importXlsx.periods')}: {periodRange(table.periods)}
        {table.totalColumn ? ` · ${t('importXlsx.totalColumn')}: ${table.totalColumn}` : ''}
      </p>
      <div className="import-scroll">
        <table className="import-rows" data-testid="import-rows">
          <thead>
            <tr>
              <th>{t('importXlsx.row')}</th>
              <th>{t('importXlsx.role')}</th>
              {table.periods.map((p) => <th key={p} className="num">{p}</th>)}
              {table.totalColumn && <th className="num">{table.totalColumn}</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, SHOWN_ROWS).map((r, i) => (
              <tr key={i} className={`role-${r.role}`}>
                <td>{r.label}</td>
                <td className="muted">{t(`importXlsx.roles.${r.keyFigure ? 'keyFigure' : r.role}`)}</td>
                {table.periods.map((p) => <td key={p} className="num">{r.values[p] === undefined ? '' : amountInUnit(r.values[p], table.unit)}</td>)}
                {table.totalColumn && <td className="num">{r.statedTotal === null ? '' : amountInUnit(r.statedTotal, table.unit)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        {table.rows.length > SHOWN_ROWS && <p className="hint" data-testid="import-more-rows">{t('importXlsx.moreRows', { count: table.rows.length - SHOWN_ROWS })}</p>}
      </div>
      <h3>{t('importXlsx.discrepancies')} <span className="muted">({unit})</span></h3>
      {table.discrepancies.length === 0 ? (
        <p className="hint">{table.checkedFigures > 0 ? t('importXlsx.noDiscrepancies', { count: table.checkedFigures }) : t('importXlsx.nothingStatedLong')}</p>
      ) : (
        <>
          <p className="hint">{t('importXlsx.discrepancyHint')}</p>
          <table className="import-discrepancies" data-testid="import-discrepancies">
            <thead>
              <tr><th>{t('importXlsx.row')}</th><th>{t('importXlsx.column')}</th><th className="num">{t('importXlsx.stated')}</th><th className="num">{t('importXlsx.computed')}</th></tr>
            </thead>
            <tbody>
              {table.discrepancies.map((d) => {
                // A stated payback time is years, not an amount in the table's unit.
                const shown = d.keyFigure ? (v: string) => v : (v: string) => amountInUnit(v, table.unit);
                return (
                  <tr key={`${d.row}:${d.column}`}>
                    <td>{d.row}</td><td>{d.column}</td><td className="num">{shown(d.stated)}</td><td className="num">{shown(d.computed)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <WarningList warnings={table.warnings} testId="import-warnings" />
    </div>
  );
}
