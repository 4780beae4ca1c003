/** Excel's column letters, both ways, for 1-based column numbers (as ExcelJS and A1 references count). */

/** 1 -> A, 26 -> Z, 28 -> AB, 703 -> AAA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A -> 1, ab -> 28; the inverse of columnLetter. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
