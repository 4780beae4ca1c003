/**
 * Writes a case as a `.budgetnotat` file: pretty JSON with a fixed key order. The case is checked
 * with the schema the loader uses first, so the app never writes a file it could not read back.
 *
 * @example serializeCase(blankCase(2024)) // '{\n  "format": "budgetnotat",\n  "version": 1,\n  "case": {...'
 */
import { FORMAT_VERSION, type Case } from '../model/case';
import { canonicalFile } from './canonical';
import { issueSentence } from './issue-text';
import { danishIssueMessage } from './messages';
import { caseFileSchema, FILE_FORMAT } from './schema';

/**
 * `compact`: the same JSON without the indentation, for a copy no person reads (the case inside an
 * exported workbook), where the pretty file's whitespace would be 60 % of the text.
 *
 * WARNING: throws an Error (with a Danish message naming the fault) when the case is invalid.
 */
export function serializeCase(c: Case, layout: 'pretty' | 'compact' = 'pretty'): string {
  const file = { format: FILE_FORMAT, version: FORMAT_VERSION, case: c };
  const parsed = caseFileSchema.safeParse(file, { error: danishIssueMessage });
  if (!parsed.success) throw new Error(issueSentence(parsed.error.issues, file, 'Sagen kan ikke gemmes, fordi filen ikke ville kunne læses igen'));
  return `${JSON.stringify(canonicalFile(parsed.data), null, layout === 'pretty' ? 2 : undefined)}\n`;
}
