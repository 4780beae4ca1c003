// Draws build/icon.png (512 × 512), the app icon electron-builder turns into .icns, .ico and the
// Linux icons: a blue rounded square holding a white budget sheet with three bars, one negative
// (red, below the line) and two positive. Drawn here, in code, so that no image file comes from
// elsewhere; rerun after changing it: node scripts/make-icon.mjs
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // per axis: 16 samples per pixel smooth the rounded edges

const BLUE = [29, 79, 145];
const WHITE = [255, 255, 255];
const BAR = [29, 79, 145];
const RED = [196, 52, 52];
const LINE = [120, 130, 145];

/** Shapes painted in order; each says whether a point lies inside it. */
const shapes = [
  { color: BLUE, inside: roundedRect(16, 16, 496, 496, 104) },
  { color: WHITE, inside: roundedRect(120, 88, 392, 424, 28) },
  { color: BAR, inside: roundedRect(164, 236, 212, 316, 6) },
  { color: BAR, inside: roundedRect(232, 180, 280, 316, 6) },
  { color: RED, inside: roundedRect(300, 316, 348, 372, 6) },
  { color: LINE, inside: roundedRect(150, 312, 362, 320, 2) },
  { color: LINE, inside: roundedRect(164, 124, 300, 136, 6) },
];

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function pixel(px, py) {
  let [r, g, b, a] = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let color = null;
      for (const shape of shapes) if (shape.inside(x, y)) color = shape.color;
      if (!color) continue;
      r += color[0];
      g += color[1];
      b += color[2];
      a += 1;
    }
  }
  if (a === 0) return [0, 0, 0, 0];
  return [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / SAMPLES ** 2)];
}

function png(width, height, rgbaAt) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(rgbaAt(x, y), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icon.png');
await writeFile(out, png(SIZE, SIZE, pixel));
console.log(`make-icon: wrote ${out}`);
