/**
 * A small stroke font for the chart picture: capitals, digits, Æ Ø Å and the punctuation that
 * amounts, Danish labels and error codes (#DIV/0!) use, each glyph a few polylines on a grid 4 units wide and 6 tall
 * (y downwards from the cap line; 6 is the baseline). Lower case is drawn as capitals, other
 * accented letters as their base letter. Drawn as strokes, it scales to any size without a font
 * file.
 */
const O = '1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0';
const P = '0,6 0,0 3,0 4,1 4,2 3,3 0,3';

/** Glyph -> polylines ("x,y x,y ...") and its width in grid units. */
const GLYPHS: Record<string, { w: number; strokes: string[] }> = {
  '0': { w: 4, strokes: [O] },
  '1': { w: 4, strokes: ['1,1 2,0 2,6', '1,6 3,6'] },
  '2': { w: 4, strokes: ['0,1 1,0 3,0 4,1 4,2 0,6 4,6'] },
  '3': { w: 4, strokes: ['0,0 4,0 2,2.5 3,2.5 4,3.5 4,5 3,6 1,6 0,5'] },
  '4': { w: 4, strokes: ['3,6 3,0 0,4 4,4'] },
  '5': { w: 4, strokes: ['4,0 0,0 0,2.5 3,2.5 4,3.5 4,5 3,6 1,6 0,5'] },
  '6': { w: 4, strokes: ['3.5,0 1,0 0,1 0,5 1,6 3,6 4,5 4,3.5 3,2.5 0,2.5'] },
  '7': { w: 4, strokes: ['0,0 4,0 1.5,6'] },
  '8': { w: 4, strokes: ['1,3 0,2 0,1 1,0 3,0 4,1 4,2 3,3 1,3 0,4 0,5 1,6 3,6 4,5 4,4 3,3'] },
  '9': { w: 4, strokes: ['4,3.5 1,3.5 0,2.5 0,1 1,0 3,0 4,1 4,5 3,6 0.5,6'] },
  A: { w: 4, strokes: ['0,6 2,0 4,6', '0.7,4 3.3,4'] },
  B: { w: 4, strokes: ['0,3 3,3 4,4 4,5 3,6 0,6 0,0 3,0 4,1 4,2 3,3'] },
  C: { w: 4, strokes: ['4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5'] },
  D: { w: 4, strokes: ['0,0 0,6 2.5,6 4,4.5 4,1.5 2.5,0 0,0'] },
  E: { w: 4, strokes: ['4,0 0,0 0,6 4,6', '0,3 3,3'] },
  F: { w: 4, strokes: ['4,0 0,0 0,6', '0,3 3,3'] },
  G: { w: 4, strokes: ['4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5 4,3.5 2.5,3.5'] },
  H: { w: 4, strokes: ['0,0 0,6', '4,0 4,6', '0,3 4,3'] },
  I: { w: 2, strokes: ['0,0 2,0', '1,0 1,6', '0,6 2,6'] },
  J: { w: 4, strokes: ['4,0 4,5 3,6 1,6 0,5'] },
  K: { w: 4, strokes: ['0,0 0,6', '4,0 0,4', '1.5,2.5 4,6'] },
  L: { w: 4, strokes: ['0,0 0,6 4,6'] },
  M: { w: 5, strokes: ['0,6 0,0 2.5,3.5 5,0 5,6'] },
  N: { w: 4, strokes: ['0,6 0,0 4,6 4,0'] },
  O: { w: 4, strokes: [O] },
  P: { w: 4, strokes: [P] },
  Q: { w: 4, strokes: [O, '2.5,4.5 4,6.3'] },
  R: { w: 4, strokes: [P, '2,3 4,6'] },
  S: { w: 4, strokes: ['4,1 3,0 1,0 0,1 0,2 1,3 3,3 4,4 4,5 3,6 1,6 0,5'] },
  T: { w: 4, strokes: ['0,0 4,0', '2,0 2,6'] },
  U: { w: 4, strokes: ['0,0 0,5 1,6 3,6 4,5 4,0'] },
  V: { w: 4, strokes: ['0,0 2,6 4,0'] },
  W: { w: 5, strokes: ['0,0 1.2,6 2.5,2 3.8,6 5,0'] },
  X: { w: 4, strokes: ['0,0 4,6', '4,0 0,6'] },
  Y: { w: 4, strokes: ['0,0 2,3 4,0', '2,3 2,6'] },
  Z: { w: 4, strokes: ['0,0 4,0 0,6 4,6'] },
  Æ: { w: 6, strokes: ['0,6 3,0 6,0', '3,0 3,6 6,6', '1.3,3.5 5,3.5'] },
  Ø: { w: 4, strokes: [O, '-0.2,6.3 4.2,-0.3'] },
  Å: { w: 4, strokes: ['0,6 2,0.8 4,6', '0.8,4.2 3.2,4.2', '2,-0.1 2.6,-0.7 2,-1.3 1.4,-0.7 2,-0.1'] },
  '.': { w: 1, strokes: ['0.5,5.7 0.5,6'] },
  ',': { w: 1, strokes: ['0.6,5.4 0.6,6 0,7'] },
  ':': { w: 1, strokes: ['0.5,1.7 0.5,2', '0.5,5.7 0.5,6'] },
  '-': { w: 3, strokes: ['0,3 3,3'] },
  '–': { w: 4, strokes: ['0,3 4,3'] },
  '+': { w: 4, strokes: ['2,1.5 2,4.5', '0.5,3 3.5,3'] },
  '=': { w: 4, strokes: ['0.5,2 3.5,2', '0.5,4 3.5,4'] },
  '/': { w: 3, strokes: ['0,6 3,0'] },
  '(': { w: 2, strokes: ['2,-0.5 0.7,1.2 0.7,4.8 2,6.5'] },
  ')': { w: 2, strokes: ['0,-0.5 1.3,1.2 1.3,4.8 0,6.5'] },
  '%': { w: 4, strokes: ['0,6 4,0', '0.5,0.3 1.5,0.3 1.5,1.5 0.5,1.5 0.5,0.3', '2.5,4.5 3.5,4.5 3.5,5.7 2.5,5.7 2.5,4.5'] },
  "'": { w: 1, strokes: ['0.5,0 0.5,1.5'] },
  '"': { w: 2, strokes: ['0.3,0 0.3,1.5', '1.7,0 1.7,1.5'] },
  '#': { w: 4, strokes: ['1.6,0.5 1.1,5.5', '2.9,0.5 2.4,5.5', '0,2 4,2', '0,4 4,4'] },
  '!': { w: 1, strokes: ['0.5,0 0.5,4.2', '0.5,5.7 0.5,6'] },
  '?': { w: 4, strokes: ['0,1 1,0 3,0 4,1 4,2 2,3.5 2,4.5', '2,5.7 2,6'] },
};

const SPACE = 3;
const GAP = 1.3;
/** The cap height as a share of the font size, about as in Arial. */
const CAP = 0.72;

function glyphOf(ch: string): { w: number; strokes: string[] } {
  const upper = ch.toLocaleUpperCase('da-DK');
  const plain = upper.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return GLYPHS[upper] ?? GLYPHS[plain] ?? GLYPHS['?']!;
}

/** The advance of `text` in pixels at font size `size`. */
export function textWidth(text: string, size: number): number {
  const unit = (size * CAP) / 6;
  let w = 0;
  for (const ch of text) w += ch === ' ' ? SPACE : glyphOf(ch).w + GAP;
  return Math.max(0, w - GAP) * unit;
}

export type Segment = [number, number, number, number];

/** The strokes of `text` with its left end of the baseline at (x, baseline), in pixels. */
export function textSegments(text: string, x: number, baseline: number, size: number): Segment[] {
  const unit = (size * CAP) / 6;
  const top = baseline - 6 * unit;
  const out: Segment[] = [];
  let pen = x;
  for (const ch of text) {
    if (ch === ' ') {
      pen += SPACE * unit;
      continue;
    }
    const glyph = glyphOf(ch);
    for (const stroke of glyph.strokes) {
      const points = stroke.split(' ').map((pt) => pt.split(',').map(Number) as [number, number]);
      for (let i = 1; i < points.length; i++) {
        const [ax, ay] = points[i - 1]!;
        const [bx, by] = points[i]!;
        out.push([pen + ax * unit, top + ay * unit, pen + bx * unit, top + by * unit]);
      }
    }
    pen += (glyph.w + GAP) * unit;
  }
  return out;
}
