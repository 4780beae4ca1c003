/**
 * Draws the result chart's SVG (shared/chart/result-chart.ts) into a Raster, so the picture in the
 * workbook is the drawing the editor shows. It reads only what that drawing uses: the root size,
 * rect, line (optionally dashed), polyline, circle and text with text-anchor, dominant-baseline,
 * font-weight and an optional transform="rotate(a cx cy)". It is not a general SVG renderer and must not be given any other SVG.
 */
import { parseColor, Raster } from './raster';
import { textSegments, textWidth } from './stroke-font';

const ELEMENT = /<(svg|rect|line|polyline|circle|text)\b([^>]*)>(?:([^<]*)<\/text>)?/g;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) out.set(m[1]!, m[2]!);
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Renders `svg` at `scale` times its size. */
export function rasterizeChartSvg(svg: string, scale: number): Raster {
  let raster: Raster | null = null;
  let fontSize = 11;
  for (const m of svg.matchAll(ELEMENT)) {
    const a = attributes(m[2]!);
    const num = (name: string, fallback = 0) => Number(a.get(name) ?? fallback) * scale;
    if (m[1] === 'svg') {
      raster = new Raster(Math.round(num('width')), Math.round(num('height')));
      fontSize = Number(a.get('font-size') ?? 11);
      continue;
    }
    if (!raster) continue;
    const fill = parseColor(a.get('fill') ?? '#000');
    const stroke = parseColor(a.get('stroke') ?? '#000');
    const strokeWidth = num('stroke-width', 1);
    switch (m[1]) {
      case 'rect':
        raster.fillRect(num('x'), num('y'), num('width'), num('height'), fill);
        break;
      case 'line':
        drawLine(raster, [num('x1'), num('y1'), num('x2'), num('y2')], strokeWidth, stroke, a.get('stroke-dasharray'), scale);
        break;
      case 'polyline': {
        const points = (a.get('points') ?? '').trim().split(/\s+/).map((p) => p.split(',').map((v) => Number(v) * scale));
        for (let i = 1; i < points.length; i++) raster.stroke(points[i - 1]![0]!, points[i - 1]![1]!, points[i]![0]!, points[i]![1]!, strokeWidth, stroke);
        break;
      }
      case 'circle':
        raster.disc(num('cx'), num('cy'), num('r'), fill);
        break;
      case 'text':
        drawText(raster, unescapeXml(m[3] ?? ''), a, fontSize * scale, scale);
        break;
    }
  }
  if (!raster) throw new Error('Diagrammet mangler sin <svg>-rod');
  return raster;
}

function drawLine(raster: Raster, [x1, y1, x2, y2]: number[], width: number, color: ReturnType<typeof parseColor>, dash: string | undefined, scale: number): void {
  if (!dash) {
    raster.stroke(x1!, y1!, x2!, y2!, width, color);
    return;
  }
  const [on, off] = dash.split(/[\s,]+/).map((v) => Number(v) * scale) as [number, number];
  const length = Math.hypot(x2! - x1!, y2! - y1!);
  for (let s = 0; s < length; s += on + off) {
    const e = Math.min(length, s + on);
    const at = (t: number) => [x1! + ((x2! - x1!) * t) / length, y1! + ((y2! - y1!) * t) / length] as const;
    raster.stroke(...at(s), ...at(e), width, color);
  }
}

function drawText(raster: Raster, text: string, a: Map<string, string>, size: number, scale: number): void {
  const bold = a.get('font-weight') === 'bold';
  const width = textWidth(text, size);
  const anchor = a.get('text-anchor');
  let x = Number(a.get('x') ?? 0) * scale;
  if (anchor === 'middle') x -= width / 2;
  else if (anchor === 'end') x -= width;
  let baseline = Number(a.get('y') ?? 0) * scale;
  // "middle" centres the capitals on y.
  if (a.get('dominant-baseline') === 'middle') baseline += (size * 0.72) / 2;
  const color = parseColor(a.get('fill') ?? '#000');
  const pen = size * (bold ? 0.13 : 0.09);
  const turn = rotation(a.get('transform'), scale);
  for (const [x1, y1, x2, y2] of textSegments(text, x, baseline, size)) raster.stroke(...turn(x1, y1), ...turn(x2, y2), pen, color);
}

/** The point mapping of `rotate(angle cx cy)` (degrees, clockwise as SVG's), or none. */
function rotation(transform: string | undefined, scale: number): (x: number, y: number) => [number, number] {
  const m = /^\s*rotate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)\s*$/.exec(transform ?? '');
  if (!m) return (x, y) => [x, y];
  const angle = (Number(m[1]) * Math.PI) / 180;
  const [cx, cy] = [Number(m[2]) * scale, Number(m[3]) * scale];
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  return (x, y) => [cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos];
}
