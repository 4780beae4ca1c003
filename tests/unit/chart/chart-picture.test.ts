/** The export's rasteriser draws what the error mark uses: rotated text and the error codes' glyphs. */
import { describe, expect, it } from 'vitest';
import { rasterizeChartSvg } from '../../../shared/xlsx/export/chart/svg-picture';

/** The bounding box of every non-white pixel. */
function inked(svg: string) {
  const r = rasterizeChartSvg(svg, 1);
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      const i = (y * r.width + x) * 3;
      if (r.rgb[i] === 255 && r.rgb[i + 1] === 255 && r.rgb[i + 2] === 255) continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return { width: box.right - box.left + 1, height: box.bottom - box.top + 1, centre: [(box.left + box.right) / 2, (box.top + box.bottom) / 2] };
}

const text = (transform: string, content = '#DIV/0!') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" font-size="11"><rect width="200" height="200" fill="#fff"/><text x="100" y="100" ${transform} text-anchor="middle" dominant-baseline="middle" fill="#b3261e">${content}</text></svg>`;

describe('the chart picture', () => {
  it('draws text turned by rotate(-90 cx cy) upright along its centre', () => {
    const flat = inked(text(''));
    const turned = inked(text('transform="rotate(-90 100 100)"'));
    expect(flat.width).toBeGreaterThan(flat.height * 2);
    expect(turned.height).toBe(flat.width);
    expect(turned.width).toBe(flat.height);
    for (const c of turned.centre) expect(Math.abs(c - 100)).toBeLessThan(3);
  });

  it('has glyphs for # and ! (an unknown glyph is drawn as ?)', () => {
    const codes = inked(text('', '#!'));
    const unknown = inked(text('', '??'));
    // # is four units wide and ! one, ? four: the pair is narrower than "??".
    expect(codes.width).toBeLessThan(unknown.width);
  });
});
