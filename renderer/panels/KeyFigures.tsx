/** The key figures of the case, recomputed from the engine after every change. */
import { useTranslation } from 'react-i18next';
import type { FigureId, KeyFigures as Figures } from '../../shared/figures/key-figures';
import { periodLabel } from '../../shared/model/period';
import { isKeyFigureDiscrepancy, statedDiscrepancies, type Discrepancy } from '../../shared/figures/stated';
import { formatDanish } from '../../shared/money/danish';
import { Decimal } from '../../shared/money/decimal';
import { kronerToUnit, unitLabel } from '../../shared/money/units';
import type { Workbench, WorkbenchSnapshot } from '../state/workbench';
import { acceptComputed } from '../state/actions';
import type { Notify } from '../state/notify';

export function KeyFigures({ workbench, snapshot, figures: k, onMessage }: {
  workbench: Workbench;
  snapshot: WorkbenchSnapshot;
  figures: Figures;
  onMessage: Notify;
}) {
  const { t } = useTranslation();
  const c = snapshot.case;
  const discrepancies = statedDiscrepancies(snapshot.case, snapshot.engine);
  const money = (v: Decimal | null) => (v === null ? t('figures.never') : formatDanish(kronerToUnit(v, c.unit), { decimals: c.decimals }));
  const years = (v: number | null) => (v === null ? t('figures.never') : t('figures.years', { count: v }));
  // A stated key figure is years ("3 år", "-"); a row's stated figure is an amount in the case's unit.
  const statedShown = (d: Discrepancy, v: string) => {
    if (v.startsWith('#') || v === '') return v;
    if (isKeyFigureDiscrepancy(d)) return v === '-' ? t('figures.never') : t('figures.years', { count: Number(v) });
    return formatDanish(kronerToUnit(new Decimal(v), c.unit), { decimals: c.decimals });
  };
  const rate = formatDanish(new Decimal(c.discountRate || '0').times(100), { decimals: 1 });
  // A figure an error keeps from being known says so: "-" would claim "never".
  const shown = (id: FigureId, value: string) => (k.unknown[id] === undefined ? value : t('figures.unknown', { year: periodLabel(c.axis, k.unknown[id]) }));
  const rows: Array<[FigureId, string, string]> = [
    ['paybackTotal', t('figures.paybackTotal'), years(k.paybackTotal)],
    ['paybackService', t('figures.paybackService'), years(k.paybackService)],
    ['breakEven', t('figures.breakEven'), k.breakEvenLabel ?? t('figures.never')],
    ['netTotal', t('figures.netTotal'), money(k.netTotal)],
    ['net7', t('figures.net7'), money(k.net7)],
    ['net10', t('figures.net10'), money(k.net10)],
    ['npv', t('figures.npv', { rate }), money(k.npv)],
  ];
  return (
    <section className="panel key-figures" aria-label={t('figures.title')}>
      <h2>
        {t('figures.title')} <span className="muted">({t('figures.unit', { unit: unitLabel(c.unit) })})</span>
      </h2>
      <dl>
        {rows.map(([id, label, value]) => (
          <div key={id} className={k.unknown[id] === undefined ? 'figure' : 'figure unknown'} data-figure={id}>
            <dt>{label}</dt>
            <dd>{shown(id, value)}</dd>
          </div>
        ))}
      </dl>
      {k.problems.map((p) => (
        <p key={p} className="problem">
          {p}
        </p>
      ))}
      {discrepancies.length > 0 && (
        <div className="discrepancies">
          <h3>{t('figures.discrepancies')}</h3>
          <ul>
            {discrepancies.map((d) => (
              <li key={isKeyFigureDiscrepancy(d) ? d.keyFigure : `${d.rowId}:${d.column}`} className={`discrepancy ${d.kind}`} data-kind={d.kind}>
                <span>
                  {isKeyFigureDiscrepancy(d) ? d.row : `${d.row}, ${d.column}`}:{' '}
                  {t('figures.stated', { stated: statedShown(d, d.stated), computed: statedShown(d, d.computed) })}{' '}
                  <span className="discrepancy-kind">({t(`figures.kind.${d.kind}`)})</span>
                </span>
                <button type="button" className="accept-computed" title={t('figures.acceptComputedHint')} onClick={() => {
                  const error = acceptComputed(workbench, d);
                  if (error) onMessage(error, 'error');
                }}>
                  {t('figures.acceptComputed')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
