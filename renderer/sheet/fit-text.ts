/**
 * A figure too wide for its column widens the column, up to a width that holds 16 characters (a
 * signed 12-digit figure: hundreds of billions in kr.); a wider one shows as `####`, as in Excel, never
 * cut to "12.345.67…", which reads as another number. The full figure is then the cell's tooltip.
 * Widths are measured on a canvas in the sheet's font, so no cell is laid out twice.
 */

export const TOO_WIDE = '####';

/** A grid column (or column group): only its width is read. */
type Sized = { getActualWidth(): number };

/** The sheet's font (styles.css / Sheet.tsx theme) and the cell's left and right padding. */
const FONT = '13px system-ui, "Segoe UI", Roboto, Arial, sans-serif';
let context: CanvasRenderingContext2D | null | undefined;
let padding: number | undefined;
const widths = new Map<string, number>();

function textWidth(text: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'n'}${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (context === undefined) context = document.createElement('canvas').getContext('2d');
    if (!context) return 0;
    context.font = bold ? `700 ${FONT}` : FONT;
    width = context.measureText(text).width;
    // The set of figures shown is bounded by the sheet; keep the cache from growing without end.
    if (widths.size > 20_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

function cellPadding(): number {
  if (padding === undefined) {
    const cell = document.querySelector('.sheet .ag-cell');
    if (!cell) return 24;
    const style = getComputedStyle(cell);
    padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + parseFloat(style.borderLeftWidth || '0') + parseFloat(style.borderRightWidth || '0');
  }
  return padding;
}

/** True when `text` fits in the column as the sheet paints it (bold on subtotals and results). */
export function fitsColumn(text: string, column: Sized, bold: boolean): boolean {
  if (text === '') return true;
  return textWidth(text, bold) <= column.getActualWidth() - cellPadding();
}

/** The widest a column grows to show its figures: a signed 12-digit figure, "-888.888.888.888" (16 characters), in bold. */
export function widestFit(): number {
  return Math.ceil(textWidth('-888.888.888.888', true) + cellPadding());
}

/**
 * The text a cell shows: the figure, or `####` when it does not fit. A figure that would fit in a
 * column no wider than widestFit() asks for that width through `widen`; `####` stands until then.
 */
export function shownInColumn(text: string, column: Sized, bold: boolean, widen?: (width: number) => void): string {
  if (fitsColumn(text, column, bold)) return text;
  const needed = Math.ceil(textWidth(text, bold) + cellPadding());
  if (widen && needed <= widestFit()) widen(needed);
  return TOO_WIDE;
}
