/**
 * Files that are not case files at all, renamed .budgetnotat by mistake: each must be named for
 * what it is, decoded as both hosts decode a file (Node's Buffer in Electron, TextDecoder in the
 * browser: invalid UTF-8 becomes U+FFFD).
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../../shared/file/load';

const decodings = {
  electron: (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8'),
  browser: (bytes: Uint8Array) => new TextDecoder().decode(bytes),
};

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Budget').addRow(['Investering', 1000]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const files: Array<[string, () => Promise<Uint8Array>, RegExp]> = [
  ['an xlsx workbook', workbookBytes, /^Filen er ikke en Budgetnotat-fil: den er en Excel-projektmappe \(xlsx\) eller en anden zip-fil; brug Importér xlsx/],
  ['a PNG picture', async () => new Uint8Array(await readFile(new URL('../../../build/icon.png', import.meta.url))), /^Filen er ikke en Budgetnotat-fil: den er et PNG-billede\.$/],
  ['a PDF', async () => new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), /^Filen er ikke en Budgetnotat-fil: den er et PDF-dokument\.$/],
  ['an old xls or doc file', async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /den er et ældre Office-dokument \(xls eller doc\)\.$/],
  ['a JPEG picture', async () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), /den er et JPEG-billede eller en anden binær fil\.$/],
  ['some other binary file', async () => new Uint8Array([0x7b, 0x22, 0, 1, 2, 3, 0x7d]), /^Filen er ikke en Budgetnotat-fil: den indeholder binære data, ikke tekst\.$/],
  ['an empty file', async () => new Uint8Array(0), /^Filen kan ikke læses: filen er tom\.$/],
];

describe.each(Object.entries(decodings))('a file that is not a case, decoded as in the %s edition', (_, decode) => {
  it.each(files)('names %s', async (_what, bytes, message) => {
    const result = loadCaseFile(decode(await bytes()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
