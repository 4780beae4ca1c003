/**
 * Reads parts of the package as text, each only after its stated size has passed the per-part
 * and running total limits, and never letting the inflated size exceed what was stated.
 */
import { strFromU8 } from 'fflate';
import type { OpenLimits } from './open-limits';
import { openErrors } from './open-messages';
import { findEntry, type PackageIndex } from './package-index';
import { inflateEntry } from './zip-inflate';

export type PartText = { ok: true; text: string; exact: boolean } | { ok: false; error: string } | { ok: 'missing' };

/** UTF-16 with the byte order given; the engine has no TextDecoder type, and such parts are rare. */
function decodeUtf16(data: Uint8Array, littleEndian: boolean): string {
  const units: string[] = [];
  for (let i = 2; i + 1 < data.length; i += 2) {
    units.push(String.fromCharCode(littleEndian ? (data[i] as number) | ((data[i + 1] as number) << 8) : ((data[i] as number) << 8) | (data[i + 1] as number)));
  }
  return units.join('');
}

/** XML parts are UTF-8 by default; a byte-order mark says UTF-16. */
function decode(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return decodeUtf16(data, true);
  if (data[0] === 0xfe && data[1] === 0xff) return decodeUtf16(data, false);
  return strFromU8(data);
}

export class PartReader {
  private totalBytes = 0;
  /** Some part was found only by a name differing in case from its reference. */
  looseNames = false;

  constructor(
    private readonly bytes: Uint8Array,
    readonly index: PackageIndex,
    private readonly limits: OpenLimits,
  ) {}

  read(path: string): PartText {
    const found = findEntry(this.index, path);
    if (!found) return { ok: 'missing' };
    const { entry } = found;
    if (entry.uncompressedSize > this.limits.maxPartBytes) {
      return { ok: false, error: openErrors.tooLargePart(entry.uncompressedSize, this.limits.maxPartBytes) };
    }
    this.totalBytes += entry.uncompressedSize;
    if (this.totalBytes > this.limits.maxTotalBytes) {
      return { ok: false, error: openErrors.tooLargeTotal(this.totalBytes, this.limits.maxTotalBytes) };
    }
    const inflated = inflateEntry(this.bytes, entry);
    if (!inflated.ok) {
      const error = { broken: openErrors.brokenZip, 'size-mismatch': openErrors.sizeMismatch, unsupported: openErrors.unsupportedZip }[inflated.reason];
      return { ok: false, error };
    }
    this.looseNames ||= !found.exact;
    return { ok: true, text: decode(inflated.data), exact: found.exact };
  }
}
