/**
 * File names suggested by the renderer (usually the case title) made safe to offer in a save
 * dialog on every platform: no folders, no reserved characters or names, the right extension. A
 * slash in a title ("IPS/Rebild") becomes a space rather than a folder.
 */

// Control characters are exactly what this must remove.
// eslint-disable-next-line no-control-regex
const RESERVED_CHARS = /[<>:"/\\|?*\u0000-\u001f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_STEM = 120;

export function withExtension(fileName: string, extension: string): string {
  return fileName.toLowerCase().endsWith(extension.toLowerCase()) ? fileName : `${fileName}${extension}`;
}

export function safeFileName(suggested: string, extension: string, fallback: string): string {
  let stem = suggested.toLowerCase().endsWith(extension.toLowerCase()) ? suggested.slice(0, -extension.length) : suggested;
  stem = stem.replace(RESERVED_CHARS, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_STEM).replace(/^[. ]+|[. ]+$/g, '').trim();
  if (!stem) stem = fallback;
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  return `${stem}${extension}`;
}
