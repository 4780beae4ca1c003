/**
 * The chart's own share of an export: loading the renderer and its fonts (once per process or
 * export worker), then per export the SVG from ECharts and the PNG from resvg, for Aarhus (as the
 * export sizes and scales it). Reported, never enforced.
 *
 *   node --expose-gc --import tsx tests/bench/chart.ts [--repeats N]
 */
import { performance } from 'node:perf_hooks';
import { installNodeRasterAssets } from '../../electron/cli/raster-assets';
import { Engine } from '../../shared/engine/engine';
import { keyFigures } from '../../shared/figures/key-figures';
import { templateCase } from '../../shared/templates/index';
import { pictureScale, resultChartSvg } from '../../shared/xlsx/export/chart-image';
import { loadRaster, svgToPng } from '../../shared/xlsx/export/chart/svg-raster';
import { gc, median } from './measure';

const at = process.argv.indexOf('--repeats');
const REPEATS = at > 0 ? Number(process.argv[at + 1]) : 15;

const c = templateCase('aarhus-ips-2022')!;
const k = keyFigures(c, Engine.create(c));
const [width, height] = [720, 360];
// Aarhus' page prints at 100 %.
const scale = pictureScale(1);

installNodeRasterAssets();
let t0 = performance.now();
await loadRaster();
const loadMs = performance.now() - t0;
t0 = performance.now();
svgToPng(resultChartSvg(c, k, width, height, 1), scale);
const firstMs = performance.now() - t0;

const svgMs: number[] = [];
const pngMs: number[] = [];
for (let i = 0; i < REPEATS; i++) {
  gc();
  t0 = performance.now();
  const svg = resultChartSvg(c, k, width, height, 1);
  const t1 = performance.now();
  svgToPng(svg, scale);
  svgMs.push(t1 - t0);
  pngMs.push(performance.now() - t1);
}
console.log(`\nDiagrammet i eksporten (Aarhus, ${width} × ${height} px tegnet, ${Math.round(width * scale)} × ${Math.round(height * scale)} px billede), median af ${REPEATS}`);
console.log(`  indlæsning af tegnemotor og skrifter (én gang pr. proces/worker): ${loadMs.toFixed(0)} ms; første diagram: ${firstMs.toFixed(0)} ms`);
console.log(`  pr. eksport: SVG (ECharts) ${median(svgMs).toFixed(0)} ms + PNG (resvg) ${median(pngMs).toFixed(0)} ms = ${(median(svgMs) + median(pngMs)).toFixed(0)} ms`);
