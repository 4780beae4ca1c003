/**
 * Inflates one zip entry without trusting it: the output may never grow past the size the
 * directory states (already checked against the limits), so a directory that lies about a bomb
 * is caught after at most one small input chunk's worth of output, not after gigabytes.
 */
import { Inflate } from 'fflate';
import { ByteReader, LOCAL_HEADER_SIZE, type ZipEntry } from './zip-directory';

export type Inflated = { ok: true; data: Uint8Array } | { ok: false; reason: 'broken' | 'size-mismatch' | 'unsupported' };

const STORED = 0;
const DEFLATED = 8;
/** Deflate expands at most 1032:1, so one 16 KiB push yields at most about 16 MiB past the limit. */
const INPUT_CHUNK = 16 * 1024;

class TooLarge extends Error {}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  try {
    const read = new ByteReader(bytes);
    const nameLength = read.u16(entry.localHeaderOffset + 26);
    const extraLength = read.u16(entry.localHeaderOffset + 28);
    return read.slice(entry.localHeaderOffset + LOCAL_HEADER_SIZE + nameLength + extraLength, entry.compressedSize);
  } catch {
    return null;
  }
}

function inflateBounded(input: Uint8Array, size: number): Inflated {
  const out = new Uint8Array(size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > size) throw new TooLarge();
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < input.length; at += INPUT_CHUNK) {
      inflater.push(input.subarray(at, at + INPUT_CHUNK), at + INPUT_CHUNK >= input.length);
    }
    if (input.length === 0) inflater.push(input, true);
  } catch (error) {
    return { ok: false, reason: error instanceof TooLarge ? 'size-mismatch' : 'broken' };
  }
  return written === size ? { ok: true, data: out } : { ok: false, reason: 'size-mismatch' };
}

export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Inflated {
  if (entry.flags & 1) return { ok: false, reason: 'unsupported' };
  const input = compressedData(bytes, entry);
  if (!input) return { ok: false, reason: 'broken' };
  if (entry.method === STORED) {
    return input.length === entry.uncompressedSize ? { ok: true, data: input } : { ok: false, reason: 'size-mismatch' };
  }
  if (entry.method !== DEFLATED) return { ok: false, reason: 'unsupported' };
  return inflateBounded(input, entry.uncompressedSize);
}
