/**
 * A tiny anti-aliased rasteriser: just the shapes the result chart draws (filled rectangles,
 * round-capped strokes, discs), into an RGB buffer. Pure TypeScript, so the same picture comes
 * out in Node (CLI) and in a Web Worker (the app), with no canvas and no native module.
 * Coordinates are in picture pixels; each shape's edge is blended by how much of a pixel it covers.
 */
export type Rgb = [number, number, number];

export function parseColor(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [0, 0, 0];
  const h = m[1]!.length === 3 ? m[1]!.replace(/./g, (d) => d + d) : m[1]!;
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

export class Raster {
  readonly rgb: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.rgb = new Uint8Array(width * height * 3).fill(255);
  }

  /** Blends `color` into pixel (x, y) with coverage `a` in 0..1. */
  private blend(x: number, y: number, color: Rgb, a: number): void {
    if (a <= 0 || x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    const k = Math.min(1, a);
    for (let c = 0; c < 3; c++) this.rgb[i + c] = Math.round(this.rgb[i + c]! * (1 - k) + color[c]! * k);
  }

  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
    const x0 = Math.floor(x);
    const y0 = Math.floor(y);
    for (let py = y0; py < Math.ceil(y + h); py++) {
      const cy = Math.min(py + 1, y + h) - Math.max(py, y);
      for (let px = x0; px < Math.ceil(x + w); px++) {
        const cx = Math.min(px + 1, x + w) - Math.max(px, x);
        this.blend(px, py, color, cx * cy);
      }
    }
  }

  /** A straight stroke of width `width` with round ends (a capsule). */
  stroke(x1: number, y1: number, x2: number, y2: number, width: number, color: Rgb): void {
    const r = width / 2;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len2 = dx * dx + dy * dy;
    for (let py = Math.floor(Math.min(y1, y2) - r - 1); py <= Math.ceil(Math.max(y1, y2) + r + 1); py++) {
      for (let px = Math.floor(Math.min(x1, x2) - r - 1); px <= Math.ceil(Math.max(x1, x2) + r + 1); px++) {
        const cx = px + 0.5;
        const cy = py + 0.5;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((cx - x1) * dx + (cy - y1) * dy) / len2));
        const d = Math.hypot(cx - (x1 + t * dx), cy - (y1 + t * dy));
        this.blend(px, py, color, r + 0.5 - d);
      }
    }
  }

  disc(cx: number, cy: number, r: number, color: Rgb): void {
    this.stroke(cx, cy, cx, cy, 2 * r, color);
  }
}
