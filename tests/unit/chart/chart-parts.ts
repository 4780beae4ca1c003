/**
 * Reads the result chart's SVG as ECharts' server-side renderer writes it: each drawn data item
 * carries `ecmeta_series_index` and `ecmeta_data_index`. Series 0 is the bars (paths) with the
 * error bands (polygons), 1 the cumulative line's points, 3 the break-even line (see result-chart.ts).
 */
export interface ChartParts {
  /** Index of the year of each bar drawn, and its fill. */
  bars: Array<{ index: number; fill: string; left: number; right: number }>;
  /** Index of the year of each point of the cumulative line. */
  points: number[];
  /** Each error band's left and right edge, and the text drawn after it (the error code). */
  bands: Array<{ left: number; right: number; label: string }>;
  /** The x of the break-even line, or null. */
  breakEvenX: number | null;
  /** Every text drawn, in order. */
  texts: string[];
  /** Every font size used, in pixels. */
  fontSizes: number[];
}

const attr = (element: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The x range of a path or polygon's coordinates (absolute and relative path commands alike). */
function xRange(element: string): [number, number] {
  const points = attr(element, 'points');
  if (points) {
    const xs = points.trim().split(/\s+/).filter((_, i) => i % 2 === 0).map(Number);
    return [Math.min(...xs), Math.max(...xs)];
  }
  // Bars are written as "M x y l w 0 l 0 h l -w 0 Z", lines as "M x1 y1 L x2 y2".
  const d = attr(element, 'd') ?? '';
  const bar = /^M([\d.-]+) [\d.-]+l([\d.-]+) 0/.exec(d);
  const line = /^M([\d.-]+) [\d.-]+L([\d.-]+) [\d.-]+$/.exec(d);
  const [x, x2] = bar ? [Number(bar[1]), Number(bar[1]) + Number(bar[2])] : line ? [Number(line[1]), Number(line[2])] : [NaN, NaN];
  return [Math.min(x, x2), Math.max(x, x2)];
}

export function chartParts(svg: string): ChartParts {
  const parts: ChartParts = { bars: [], points: [], bands: [], breakEvenX: null, texts: [], fontSizes: [] };
  const elements = [...svg.matchAll(/<(path|polygon|text)\b([^>]*)>(?:([^<]*)<\/text>)?/g)];
  elements.forEach((m, i) => {
    const [, tag, attrs, content] = m as unknown as [string, string, string, string | undefined];
    if (tag === 'text') {
      parts.texts.push(unescapeXml(content ?? ''));
      parts.fontSizes.push(Number(/font-size:([\d.]+)px/.exec(attrs)?.[1]));
      return;
    }
    if (attr(attrs, 'ecmeta_ssr_type') !== 'chart') return;
    const series = attr(attrs, 'ecmeta_series_index');
    const index = Number(attr(attrs, 'ecmeta_data_index'));
    const [left, right] = xRange(attrs);
    if (series === '0' && tag === 'path') parts.bars.push({ index, fill: attr(attrs, 'fill') ?? '', left, right });
    else if (series === '0' && tag === 'polygon') {
      const next = elements[i + 1];
      parts.bands.push({ left, right, label: next?.[1] === 'text' ? unescapeXml(next[3] ?? '') : '' });
    } else if (series === '1') parts.points.push(index);
    else if (series === '3') parts.breakEvenX = left;
  });
  return parts;
}
