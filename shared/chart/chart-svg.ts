/** A chart option drawn to an SVG string by ECharts' server-side renderer (no DOM needed). */
import { echarts } from './echarts';
import type { ResultChartOption } from './result-chart';

export function chartSvg(option: ResultChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
