import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openErrors } from '../../../../shared/xlsx/import/open/open-messages';
import { openWorkbook } from '../../../../shared/xlsx/import/open/open-workbook';
import { refusal } from './packages';

/** An OLE compound file header followed by a directory sector naming the given streams. */
function oleFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, i) => {
    for (let c = 0; c < name.length; c++) bytes[512 + i * 128 + c * 2] = name.charCodeAt(c);
  });
  return bytes;
}

/** Deterministic noise (a linear congruential generator), never starting like a zip or OLE file. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  bytes[0] = 0x00;
  return bytes;
}

describe('openWorkbook tells what a non-xlsx file is from its first bytes', () => {
  it('an empty file', async () => {
    expect(refusal(await openWorkbook(new Uint8Array(0)))).toBe(openErrors.empty);
  });

  it('a password-protected workbook (OLE with EncryptionInfo and EncryptedPackage)', async () => {
    const error = refusal(await openWorkbook(oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])));
    expect(error).toBe(openErrors.encrypted);
  });

  it('an old .xls workbook (OLE with a Workbook stream)', async () => {
    expect(refusal(await openWorkbook(oleFile(['Root Entry', 'Workbook', 'SummaryInformation'])))).toBe(openErrors.oldXls);
  });

  it('another OLE document', async () => {
    expect(refusal(await openWorkbook(oleFile(['Root Entry', 'WordDocument'])))).toBe(openErrors.otherOle);
  });

  it('semicolon CSV with Danish numbers renamed to .xlsx', async () => {
    const csv = '\uFEFFTekst;2024;2025\nInvestering;-5.000;0\nBesparelse;1.250,5;2.500\n';
    expect(refusal(await openWorkbook(strToU8(csv)))).toBe(openErrors.csvText);
  });

  it('an HTML table renamed to .xlsx', async () => {
    const html = '<html><body><table><tr><td>Investering</td><td>1.000</td></tr></table></body></html>';
    expect(refusal(await openWorkbook(strToU8(html)))).toBe(openErrors.html);
  });

  it('an Excel 2003 XML spreadsheet', async () => {
    const xml = '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    expect(refusal(await openWorkbook(strToU8(xml)))).toBe(openErrors.xml2003);
  });

  it('random bytes', async () => {
    for (const seed of [1, 2, 3]) expect(refusal(await openWorkbook(noise(65536, seed)))).toBe(openErrors.notZip);
  });

  it('bytes that start like a zip but are not one', async () => {
    const bytes = noise(2048, 7);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(refusal(await openWorkbook(bytes))).toBe(openErrors.brokenZip);
  });
});
