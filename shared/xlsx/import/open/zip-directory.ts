/**
 * A small reader of a zip's central directory. It reads names and stated sizes only, so the
 * caller can refuse a zip bomb or a broken package before a single byte is inflated; fflate's
 * own unzip would inflate as it goes.
 */
import { strFromU8 } from 'fflate';

export type ZipEntry = {
  name: string;
  method: number;
  /** General-purpose flags; bit 0 means the entry is encrypted with zip's own password scheme. */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'broken' | 'too-many-entries' };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
export const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
const UTF8_NAME_FLAG = 0x800;

class Broken extends Error {}

/** Little-endian reads that refuse to run past the end of the file. */
export class ByteReader {
  constructor(private readonly bytes: Uint8Array) {}

  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw new Broken();
    return (this.bytes[at] as number) | ((this.bytes[at + 1] as number) << 8);
  }

  u32(at: number): number {
    return this.u16(at) + this.u16(at + 2) * 0x10000;
  }

  /** A 64-bit size as a Number; anything past 2^53 is far beyond every limit anyway. */
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x100000000;
  }

  slice(at: number, length: number): Uint8Array {
    if (at < 0 || length < 0 || at + length > this.bytes.length) throw new Broken();
    return this.bytes.subarray(at, at + length);
  }
}

function findEndOfDirectory(bytes: Uint8Array, read: ByteReader): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && read.u32(at) === EOCD_SIGNATURE) return at;
  }
  throw new Broken();
}

type DirectoryExtent = { count: number; offset: number; size: number };

function directoryExtent(read: ByteReader, eocd: number): DirectoryExtent {
  const extent = { count: read.u16(eocd + 10), size: read.u32(eocd + 12), offset: read.u32(eocd + 16) };
  if (extent.count !== U16_MAX && extent.size !== U32_MAX && extent.offset !== U32_MAX) return extent;
  // Zip64: the real numbers stand in a second record that a locator just before this one points to.
  if (read.u32(eocd - 20) !== ZIP64_LOCATOR_SIGNATURE) throw new Broken();
  const zip64 = read.u64(eocd - 12);
  if (read.u32(zip64) !== ZIP64_EOCD_SIGNATURE) throw new Broken();
  return { count: read.u64(zip64 + 32), size: read.u64(zip64 + 40), offset: read.u64(zip64 + 48) };
}

/** Sizes and offset that do not fit 32 bits are in the zip64 extra field, in this order. */
function applyZip64Extra(read: ByteReader, extraStart: number, extraLength: number, entry: ZipEntry): void {
  const wanted = [entry.uncompressedSize, entry.compressedSize, entry.localHeaderOffset].some((v) => v === U32_MAX);
  if (!wanted) return;
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = read.u16(at);
    const size = read.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.uncompressedSize === U32_MAX) { entry.uncompressedSize = read.u64(field); field += 8; }
      if (entry.compressedSize === U32_MAX) { entry.compressedSize = read.u64(field); field += 8; }
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = read.u64(field);
      return;
    }
    at += 4 + size;
  }
  throw new Broken();
}


function readEntry(read: ByteReader, at: number, fileLength: number): { entry: ZipEntry; next: number } {
  if (read.u32(at) !== CENTRAL_SIGNATURE) throw new Broken();
  const flags = read.u16(at + 8);
  const nameLength = read.u16(at + 28);
  const extraLength = read.u16(at + 30);
  const commentLength = read.u16(at + 32);
  const rawName = read.slice(at + CENTRAL_SIZE, nameLength);
  const entry: ZipEntry = {
    name: strFromU8(rawName, !(flags & UTF8_NAME_FLAG)),
    method: read.u16(at + 10),
    flags,
    compressedSize: read.u32(at + 20),
    uncompressedSize: read.u32(at + 24),
    localHeaderOffset: read.u32(at + 42),
  };
  applyZip64Extra(read, at + CENTRAL_SIZE + nameLength, extraLength, entry);
  if (read.u32(entry.localHeaderOffset) !== LOCAL_SIGNATURE) throw new Broken();
  if (entry.localHeaderOffset + LOCAL_HEADER_SIZE + entry.compressedSize > fileLength) throw new Broken();
  return { entry, next: at + CENTRAL_SIZE + nameLength + extraLength + commentLength };
}

/** Reads the central directory and checks that every entry's local header is where it says. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const read = new ByteReader(bytes);
  try {
    const eocd = findEndOfDirectory(bytes, read);
    const extent = directoryExtent(read, eocd);
    if (extent.count > maxEntries) return { ok: false, reason: 'too-many-entries' };
    if (extent.offset + extent.size > eocd) throw new Broken();
    const entries: ZipEntry[] = [];
    let at = extent.offset;
    for (let i = 0; i < extent.count; i++) {
      const { entry, next } = readEntry(read, at, eocd);
      entries.push(entry);
      at = next;
    }
    if (at > extent.offset + extent.size) throw new Broken();
    return { ok: true, entries };
  } catch (error) {
    if (error instanceof Broken) return { ok: false, reason: 'broken' };
    throw error;
  }
}
