/**
 * The chart of the yearly and cumulative result with the break-even point. The SVG is drawn by
 * shared/chart (the same drawing goes into the xlsx export) and shown as an image, so no markup
 * from the case is ever injected into the page.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { caseChartSvg } from '../../shared/chart/case-chart';
import type { KeyFigures } from '../../shared/figures/key-figures';
import { periodLabel } from '../../shared/model/period';
import type { WorkbenchSnapshot } from '../state/workbench';

export function ResultChart({ snapshot, figures: k }: { snapshot: WorkbenchSnapshot; figures: KeyFigures }) {
  const { t } = useTranslation();
  const c = snapshot.case;
  const svg = useMemo(
    () => caseChartSvg(c, k, { yearly: t('chart.yearly'), cumulative: t('chart.cumulative'), breakEven: t('chart.breakEven'), error: t('chart.error'), empty: t('chart.empty') }, 520, 260),
    [k, c, t],
  );
  return (
    <section className="panel chart" aria-label={t('chart.title')}>
      <h2>{t('chart.title')}</h2>
      <img
        data-testid="result-chart"
        data-break-even={k.breakEvenYear ?? ''}
        data-cumulative={k.cumulative.map((v) => v?.toString() ?? '').join(';')}
        data-errors={k.errors.map((e) => periodLabel(c.axis, e.period)).join(';')}
        alt={t('chart.title')}
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      />
    </section>
  );
}
