/**
 * Why a text that JSON.parse refused is not a case file, in Danish, with where: another kind of
 * file (a workbook, a picture, a PDF renamed .budgetnotat), a file that stops early (a copy cut
 * short), or the line and column of the first syntax error.
 *
 * @example notJsonSentence('PK\u0003\u0004…', e) // 'Filen er ikke en Budgetnotat-fil: den er en Excel-projektmappe …'
 */
import { UNREADABLE } from './issue-text';

const NOT_A_CASE = 'Filen er ikke en Budgetnotat-fil';

/** Leading bytes of other formats, as they read once decoded as UTF-8 (invalid bytes become U+FFFD). */
const SIGNATURES: ReadonlyArray<readonly [string, string]> = [
  ['PK\u0003\u0004', 'en Excel-projektmappe (xlsx) eller en anden zip-fil; brug Importér xlsx for at hente tal fra en projektmappe'],
  ['\uFFFDPNG\r\n\u001A\n', 'et PNG-billede'],
  ['\uFFFD\uFFFD\uFFFD', 'et JPEG-billede eller en anden binær fil'],
  ['%PDF-', 'et PDF-dokument'],
  ['\uFFFD\uFFFD\u0011\u0871\u001A', 'et ældre Office-dokument (xls eller doc)'],
  ['GIF87a', 'et GIF-billede'],
  ['GIF89a', 'et GIF-billede'],
];

export function notJsonSentence(text: string, error: unknown): string {
  if (text.trim() === '') return `${UNREADABLE}: filen er tom.`;
  const kind = SIGNATURES.find(([signature]) => text.startsWith(signature))?.[1];
  if (kind) return `${NOT_A_CASE}: den er ${kind}.`;
  // JSON text never holds a NUL character; binary files nearly always do, early on.
  if (text.slice(0, 4096).includes('\u0000')) return `${NOT_A_CASE}: den indeholder binære data, ikke tekst.`;

  const message = error instanceof Error ? error.message : '';
  const at = /at position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : null;
  if (/Unexpected end of JSON input/.test(message) || (position !== null && position >= text.trimEnd().length)) {
    return `${UNREADABLE}: den slutter midt i sagen (efter linje ${lineAndColumn(text, text.trimEnd().length).line}); den er måske afkortet eller ikke gemt færdig.`;
  }
  if (position === null) return `${UNREADABLE}: den er ikke gyldig JSON og er måske beskadiget.`;
  const { line, column } = lineAndColumn(text, position);
  return `${UNREADABLE}: den er ikke gyldig JSON og er måske beskadiget; fejlen står i linje ${line}, kolonne ${column}, ved ${excerpt(text, position)}.`;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: position - lineStart + 1 };
}

/** The few characters at the error, quoted, with control characters shown as spaces. */
function excerpt(text: string, position: number): string {
  const shown = [...text.slice(position, position + 20).split('\n')[0]!].map((c) => (c < ' ' ? ' ' : c)).join('');
  return shown === '' ? 'linjens slutning' : JSON.stringify(shown);
}
