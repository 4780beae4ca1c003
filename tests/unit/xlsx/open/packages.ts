/**
 * Workbooks made in the tests: honest ones with ExcelJS's writer, hostile and odd ones as raw
 * package parts zipped with fflate, so each test states exactly the bytes it feeds openWorkbook.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { expect } from 'vitest';
import type { OpenedWorkbook } from '../../../../shared/xlsx/import/open/open-workbook';

export async function excelJsBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;

export const sheetXml = (sheetData: string, after = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;

export const rowsXml = (rows: number, columns = 1) =>
  Array.from({ length: rows }, (_, r) =>
    `<row r="${r + 1}">${Array.from({ length: columns }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r * columns + c}</v></c>`).join('')}</row>`).join('');

export type PackageOptions = {
  sheet?: string;
  workbook?: string;
  sharedStrings?: string;
  extra?: Record<string, string | Uint8Array>;
  omit?: string[];
};

/** A minimal xlsx package written part by part; any part can be replaced, added or left out. */
export function packageParts(options: PackageOptions = {}): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': options.workbook ?? `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': options.sheet ?? sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1000</v></c></row>'),
    'xl/sharedStrings.xml': options.sharedStrings ?? `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>Investering</t></si></sst>`,
    ...options.extra,
  };
  for (const name of options.omit ?? []) delete parts[name];
  return parts;
}

export function zipOf(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level });
}

export const packageBytes = (options: PackageOptions = {}) => zipOf(packageParts(options));

/** Replaces every occurrence of one ASCII string by another of the same length, in place. */
export function patchAscii(bytes: Uint8Array, from: string, to: string): Uint8Array {
  expect(to.length).toBe(from.length);
  const needle = strToU8(from);
  for (let i = 0; i <= bytes.length - needle.length; i++) {
    if (needle.every((b, j) => bytes[i + j] === b)) bytes.set(strToU8(to), i);
  }
  return bytes;
}

/** The refusal sentence, after checking it is one: one line, no stack, no "Error:". */
export function refusal(result: OpenedWorkbook): string {
  if (result.ok) throw new Error(`expected a refusal, got a workbook with warnings ${JSON.stringify(result.warnings)}`);
  expect(result.error).not.toMatch(/\n|Error:|\bat .*\(|node_modules/);
  expect(result.error).toMatch(/^Filen .*\.$/);
  return result.error;
}

export function opened(result: OpenedWorkbook): { workbook: ExcelJS.Workbook; warnings: string[] } {
  if (!result.ok) throw new Error(`expected a workbook, got: ${result.error}`);
  return result;
}
