/**
 * The chart of the yearly and cumulative result with the break-even year, drawn by ECharts from
 * the same definition the xlsx export renders (shared/chart), with the values of a year on hover.
 * A case with nothing to chart says so instead of drawing an axis of zeros. Text from the case
 * reaches the page only through ECharts' SVG text and the tooltip's escaped HTML.
 */
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { caseChartOption, hasChartData } from '../../shared/chart/case-chart';
import { echarts } from '../../shared/chart/echarts';
import type { KeyFigures } from '../../shared/figures/key-figures';
import { periodLabel } from '../../shared/model/period';
import type { WorkbenchSnapshot } from '../state/workbench';

const HEIGHT = 280;
const FONT_SIZE = 12;

export function ResultChart({ snapshot, figures: k }: { snapshot: WorkbenchSnapshot; figures: KeyFigures }) {
  const { t } = useTranslation();
  const c = snapshot.case;
  const drawn = hasChartData(k);
  const option = useMemo(
    () => (drawn ? caseChartOption(c, k, { yearly: t('chart.yearly'), cumulative: t('chart.cumulative'), breakEven: t('chart.breakEven'), error: t('chart.error') }, FONT_SIZE) : null),
    [drawn, k, c, t],
  );
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element || !option) return;
    const instance = echarts.init(element, null, { renderer: 'svg', height: HEIGHT });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  // A new instance only when the chart comes or goes; its options follow in the next effect.
  }, [drawn]);

  // Drawing takes ECharts about 15 ms on a large case: done in the same commit as an edit, it held
  // back the sheet's repaint (edit-latency bench). A deferred value lets React paint the sheet first
  // and draw the chart in a render of its own right after, always with the newest figures.
  const drawnOption = useDeferredValue(option);
  useEffect(() => {
    if (drawnOption) chart.current?.setOption(drawnOption, { notMerge: true });
  }, [drawnOption]);

  return (
    <section className="panel chart" aria-label={t('chart.title')}>
      <h2>{t('chart.title')}</h2>
      <div
        className="chart-box"
        data-testid="result-chart"
        data-break-even={k.breakEvenYear ?? ''}
        data-cumulative={k.cumulative.map((v) => v?.toString() ?? '').join(';')}
        data-errors={k.errors.map((e) => periodLabel(c.axis, e.period)).join(';')}
      >
        {drawn ? <div ref={box} role="img" aria-label={t('chart.title')} style={{ height: HEIGHT }} /> : <p className="chart-empty">{t('chart.empty')}</p>}
      </div>
    </section>
  );
}
