/**
 * The zip's entries by name, and what kind of package they make before any part is read:
 * an OpenDocument spreadsheet, a binary workbook, a Word document, or something that is no
 * Office package at all.
 */
import { openErrors } from './open-messages';
import type { ZipEntry } from './zip-directory';

export type PackageIndex = {
  byName: Map<string, ZipEntry>;
  byLowerName: Map<string, ZipEntry>;
  /** Some entry names used backslashes or a leading slash. */
  oddNames: boolean;
};

export type Found = { entry: ZipEntry; exact: boolean };

/** Zip names as package paths: forward slashes, no leading slash (poi-49609 used backslashes). */
const packagePath = (name: string) => name.replace(/\\/g, '/').replace(/^\/+/, '');

export function indexEntries(entries: ZipEntry[]): { ok: true; index: PackageIndex } | { ok: false; error: string } {
  const index: PackageIndex = { byName: new Map(), byLowerName: new Map(), oddNames: false };
  for (const entry of entries) {
    const path = packagePath(entry.name);
    if (path === '' || path.endsWith('/')) continue;
    if (index.byName.has(path)) return { ok: false, error: openErrors.duplicateEntries(path) };
    index.oddNames ||= path !== entry.name;
    index.byName.set(path, entry);
    if (!index.byLowerName.has(path.toLowerCase())) index.byLowerName.set(path.toLowerCase(), entry);
  }
  return { ok: true, index };
}

/** An entry by package path; a name that differs only in case is found too, but not as exact. */
export function findEntry(index: PackageIndex, path: string): Found | undefined {
  const exact = index.byName.get(path);
  if (exact) return { entry: exact, exact: true };
  const loose = index.byLowerName.get(path.toLowerCase());
  return loose ? { entry: loose, exact: false } : undefined;
}

const hasPrefix = (index: PackageIndex, prefix: string) => [...index.byLowerName.keys()].some((name) => name.startsWith(prefix));

/** The sentence for a zip that is not an xlsx package, or null when it may be one. */
export function identifyPackage(index: PackageIndex): string | null {
  if (index.byName.has('mimetype') || index.byName.has('content.xml')) return openErrors.ods;
  if (index.byLowerName.has('xl/workbook.bin')) return openErrors.xlsb;
  if (hasPrefix(index, 'word/')) return openErrors.wordDocument;
  if (hasPrefix(index, 'ppt/') || hasPrefix(index, 'visio/')) return openErrors.otherOffice;
  if (!index.byLowerName.has('[content_types].xml')) return openErrors.notWorkbook;
  return null;
}

/** Macro projects are never run; their presence is worth a warning. */
export const hasMacros = (index: PackageIndex) => [...index.byLowerName.keys()].some((name) => name.endsWith('vbaproject.bin'));
