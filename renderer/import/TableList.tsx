/** The detected tables: a checkbox each (which become the case), its colour, where it is, and whether its figures agree. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../../shared/money/units';
import type { TableSummary } from '../../shared/xlsx/import/import-session';
import { tableColour } from './sheet-outline';

export function TableList({ tables, explained, checked, selected, onToggle, onSelect }: {
  tables: TableSummary[];
  /** The importer's warnings already say why there is no table. */
  explained: boolean;
  checked: ReadonlySet<number>;
  selected: number | null;
  onToggle: (index: number) => void;
  onSelect: (index: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK');
  return (
    <div className="import-tables">
      <h3>{t('importXlsx.tables')}</h3>
      {tables.length === 0 && <p className="hint" data-testid="import-no-tables">{explained ? '' : `${t('importXlsx.noTables')} `}{t('importXlsx.noTablesPoint')}</p>}
      <ul>
        {tables.map((x) => {
          const count = x.discrepancies.length;
          return (
            <li key={x.index} className={x.index === selected ? 'selected' : undefined} style={{ borderLeftColor: tableColour(x.index) }} data-testid={`import-table-${x.index}`} onClick={() => onSelect(x.index)}>
              <input
                type="checkbox"
                checked={checked.has(x.index)}
                aria-label={x.title || `${x.sheet} ${x.index + 1}`}
                data-testid={`import-check-${x.index}`}
                onClick={(e) => e.stopPropagation()}
                onChange={() => onToggle(x.index)}
              />
              <span className="table-text">
                <strong>{x.title || `${x.sheet} ${x.index + 1}`}</strong>
                <span className="muted">
                  {t('importXlsx.tableMeta', { sheet: x.sheet, periods: periodRange(x.periods), unit: unitLabel(x.unit), rows: number.format(x.rows.length) })}
                </span>
                <span>
                  <span className={count > 0 ? 'disagrees' : x.checkedFigures > 0 ? 'agrees' : 'muted'}>
                    {checkText(t, count, x.checkedFigures)}
                  </span>
                  {x.warnings.length > 0 && <span className="warned"> · {t('importXlsx.warnings', { count: x.warnings.length })}</span>}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function checkText(t: TFunction, discrepancies: number, checked: number): string {
  if (discrepancies > 0) return t('importXlsx.disagrees', { count: discrepancies });
  return checked > 0 ? t('importXlsx.agrees', { count: checked }) : t('importXlsx.nothingStated');
}

export function periodRange(periods: string[]): string {
  return periods.length > 1 ? `${periods[0]}–${periods.at(-1)}` : (periods[0] ?? '');
}
