/**
 * Writes a case as a .budgetnotat file: pretty JSON in a fixed key order (saving twice gives the
 * same bytes, and files diff well). The case is validated first: the app never writes a file it
 * could not read back.
 */
import type { Case } from '../model/case';
import { FORMAT_VERSION } from '../model/case';
import { FILE_FORMAT, fileSchema } from './schema';

export function serializeCase(c: Case): string {
  const file = { format: FILE_FORMAT, version: FORMAT_VERSION, case: c };
  const checked = fileSchema.safeParse(file);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`Sagen kan ikke gemmes, fordi den ikke er gyldig: ${issue.path.join('.')}: ${issue.message}`);
  }
  // zod returns the keys in schema order, which is the file's fixed order.
  return `${JSON.stringify(checked.data, null, 2)}\n`;
}
