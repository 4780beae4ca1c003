/**
 * ECharts with only what the result chart uses, registered once: the editor and the export's
 * server-side rendering import it from here, so both draw with the same parts. The SVG renderer
 * needs no DOM when it renders to a string (`ssr: true`), so this runs in Node and in a worker.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export { echarts };
