/**
 * What a file is, from its first bytes, before anything tries to unzip it: an xlsx is a zip;
 * old .xls files and password-protected workbooks are OLE compound files; CSV and HTML renamed
 * to .xlsx are text.
 */
import { strFromU8 } from 'fflate';
import { openErrors } from './open-messages';

export type Sniffed = { kind: 'zip' } | { kind: 'refused'; error: string };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04], // a local file header: every non-empty zip starts so
  [0x50, 0x4b, 0x05, 0x06], // the end of an empty zip's directory
  [0x50, 0x4b, 0x07, 0x08], // a spanned zip's marker before its first header
];
const TEXT_SAMPLE = 4096;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** The UTF-16LE bytes of a name, as OLE directory entries store stream names. */
function utf16le(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first as number); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first as number, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An OLE compound file holds an encrypted OOXML workbook in the streams EncryptionInfo and
 * EncryptedPackage, an old workbook in a stream named Workbook (BIFF8) or Book (BIFF5). The
 * names stand in the directory sectors in UTF-16LE; finding them there is enough to tell.
 */
function sniffOle(bytes: Uint8Array): string {
  if (contains(bytes, utf16le('EncryptedPackage')) || contains(bytes, utf16le('EncryptionInfo'))) return openErrors.encrypted;
  if (contains(bytes, utf16le('Workbook')) || contains(bytes, utf16le('Book'))) return openErrors.oldXls;
  return openErrors.otherOle;
}

/** Text has no NUL and no control bytes besides tab, CR, LF and form feed in its first few KB. */
function looksLikeText(sample: Uint8Array): boolean {
  for (const b of sample) {
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  }
  return sample.length > 0;
}

function sniffText(sample: Uint8Array): string {
  const text = strFromU8(sample).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return openErrors.xml2003;
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || /<(table|body|head)[\s>]/.test(text)) return openErrors.html;
  return openErrors.csvText;
}

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'refused', error: openErrors.empty };
  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) return { kind: 'zip' };
  if (startsWith(bytes, OLE_MAGIC)) return { kind: 'refused', error: sniffOle(bytes) };
  const sample = bytes.subarray(0, TEXT_SAMPLE);
  if (looksLikeText(sample)) return { kind: 'refused', error: sniffText(sample) };
  return { kind: 'refused', error: openErrors.notZip };
}
