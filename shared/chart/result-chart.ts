/**
 * The chart of the yearly and cumulative result with the break-even point, as an SVG string. One
 * drawing serves the editor (inline SVG) and the xlsx export (rendered to a picture), so the
 * committee sees the same chart the budget officer saw. Pixel positions are floats; amounts are
 * only formatted, never computed, here. A year whose result is an error is a marked hole: the
 * other years are drawn as usual, and the cumulative line (which cannot pass a hole) stops there.
 */
import { Decimal } from '../money/decimal';

export interface ResultChartInput {
  labels: string[];
  yearly: Array<Decimal | null>;
  cumulative: Array<Decimal | null>;
  /** Which sign is a gain: bars for gains and for costs get their own colours. */
  gainSign: 1 | -1;
  /** Index into labels of the break-even period, or null. */
  breakEvenIndex: number | null;
  /** The periods (index into labels) whose result is an error, with its code and why. */
  errors: Array<{ index: number; code: string; reason: string }>;
  /** Formats an amount in kroner as the case shows it ("1.180", "-0,41"). */
  format: (kroner: Decimal) => string;
  texts: { yearly: string; cumulative: string; breakEven: string; error: string; unit: string; empty: string };
  width?: number;
  height?: number;
}

const COLORS = { cost: '#4f7cac', gain: '#5b9e4d', line: '#c0392b', axis: '#555', grid: '#ddd', marker: '#2c3e50', error: '#b3261e', errorFill: '#fdecea' };

export function resultChartSvg(input: ResultChartInput): string {
  const width = input.width ?? 640;
  const height = input.height ?? 320;
  const pad = { left: 70, right: 20, top: 34, bottom: 46 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const n = Math.max(1, input.labels.length);
  const nums = [...input.yearly, ...input.cumulative].filter((v): v is Decimal => v !== null).map((v) => v.toNumber());
  let min = Math.min(0, ...nums);
  let max = Math.max(0, ...nums);
  if (min === max) max = min + 1;
  const span = max - min;
  min -= span * 0.05;
  max += span * 0.05;
  const y = (v: number) => pad.top + plotH - ((v - min) / (max - min)) * plotH;
  const slot = plotW / n;
  const x = (i: number) => pad.left + slot * i + slot / 2;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif" font-size="11">`);
  parts.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  for (const t of nums.length ? ticks(min, max) : []) {
    const ty = px(y(t.value));
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${ty}" y2="${ty}" stroke="${COLORS.grid}"/>`);
    parts.push(`<text x="${pad.left - 6}" y="${ty}" text-anchor="end" dominant-baseline="middle" fill="${COLORS.axis}">${escape(input.format(t.decimal))}</text>`);
  }
  // Drawn with what the export's rasteriser reads too (filled rect, dashed lines, rotated text).
  for (const e of input.errors) {
    if (e.index < 0 || e.index >= n) continue;
    const left = px(x(e.index) - slot * 0.4);
    const right = px(x(e.index) + slot * 0.4);
    parts.push(`<g class="error-mark" data-index="${e.index}"><title>${escape(`${input.labels[e.index]}: ${e.code} (${e.reason})`)}</title>`);
    parts.push(`<rect x="${left}" y="${pad.top}" width="${px(slot * 0.8)}" height="${px(plotH)}" fill="${COLORS.errorFill}"/>`);
    for (const edge of [left, right]) parts.push(`<line x1="${edge}" x2="${edge}" y1="${pad.top}" y2="${pad.top + plotH}" stroke="${COLORS.error}" stroke-dasharray="4 3"/>`);
    // Upright the code would not fit a narrow year; along the band it does.
    const [cx, cy] = [px(x(e.index)), px(pad.top + plotH / 2)];
    parts.push(`<text x="${cx}" y="${cy}" transform="rotate(-90 ${cx} ${cy})" text-anchor="middle" dominant-baseline="middle" font-weight="bold" fill="${COLORS.error}">${escape(e.code)}</text></g>`);
  }
  const zero = px(y(0));
  parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${zero}" y2="${zero}" stroke="${COLORS.axis}"/>`);
  input.yearly.forEach((v, i) => {
    if (v === null) return;
    const top = Math.min(y(v.toNumber()), y(0));
    const h = Math.abs(y(v.toNumber()) - y(0));
    const gain = v.isNegative() ? input.gainSign < 0 : input.gainSign > 0;
    const color = gain ? COLORS.gain : COLORS.cost;
    parts.push(`<rect class="bar" x="${px(x(i) - slot * 0.3)}" y="${px(top)}" width="${px(slot * 0.6)}" height="${px(Math.max(h, 0.5))}" fill="${color}"><title>${escape(`${input.labels[i]}: ${input.format(v)}`)}</title></rect>`);
  });
  const points = input.cumulative.map((v, i) => (v === null ? null : `${px(x(i))},${px(y(v.toNumber()))}`)).filter((p): p is string => p !== null);
  if (points.length) {
    parts.push(`<polyline class="cumulative" points="${points.join(' ')}" fill="none" stroke="${COLORS.line}" stroke-width="2.5"/>`);
    for (const p of points) {
      const [px, py] = p.split(',');
      parts.push(`<circle cx="${px}" cy="${py}" r="3" fill="${COLORS.line}"/>`);
    }
  }
  if (input.breakEvenIndex !== null && input.breakEvenIndex < n) {
    const bx = px(x(input.breakEvenIndex));
    parts.push(`<line class="break-even" x1="${bx}" x2="${bx}" y1="${pad.top}" y2="${pad.top + plotH}" stroke="${COLORS.marker}" stroke-dasharray="5 4" stroke-width="1.5"/>`);
    parts.push(`<text x="${bx}" y="${pad.top - 6}" text-anchor="middle" font-weight="bold" fill="${COLORS.marker}">${escape(`${input.texts.breakEven} ${input.labels[input.breakEvenIndex]}`)}</text>`);
  }
  input.labels.forEach((label, i) => {
    parts.push(`<text x="${px(x(i))}" y="${height - pad.bottom + 16}" text-anchor="middle" fill="${COLORS.axis}">${escape(label)}</text>`);
  });
  const ly = height - 12;
  if (nums.length === 0 && input.errors.length === 0) {
    parts.push(`<text x="${width / 2}" y="${pad.top + plotH / 2}" text-anchor="middle" fill="${COLORS.axis}">${escape(input.texts.empty)}</text>`);
  }
  parts.push(`<rect x="${pad.left}" y="${ly - 9}" width="12" height="10" fill="${COLORS.cost}"/><text x="${pad.left + 16}" y="${ly}" fill="${COLORS.axis}">${escape(input.texts.yearly)}</text>`);
  parts.push(`<line x1="${pad.left + 150}" x2="${pad.left + 170}" y1="${ly - 4}" y2="${ly - 4}" stroke="${COLORS.line}" stroke-width="2.5"/><text x="${pad.left + 175}" y="${ly}" fill="${COLORS.axis}">${escape(input.texts.cumulative)}</text>`);
  if (input.errors.length > 0) {
    parts.push(`<rect x="${pad.left + 280}" y="${ly - 9}" width="12" height="10" fill="${COLORS.error}"/><text x="${pad.left + 296}" y="${ly}" fill="${COLORS.error}">${escape(input.texts.error)}</text>`);
  }
  parts.push(`<text x="${width - pad.right}" y="${ly}" text-anchor="end" fill="${COLORS.axis}">${escape(input.texts.unit)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/** About five round tick values between min and max. */
function ticks(min: number, max: number): Array<{ value: number; decimal: Decimal }> {
  const raw = (max - min) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: Array<{ value: number; decimal: Decimal }> = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) {
    const value = Math.abs(v) < step / 1e6 ? 0 : v;
    out.push({ value, decimal: new Decimal(value.toPrecision(12)) });
  }
  return out;
}

/** A pixel coordinate with one decimal: layout only, never an amount. */
function px(n: number): string {
  return String(Math.trunc(n * 10) / 10);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
