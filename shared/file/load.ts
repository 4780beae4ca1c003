/**
 * Reads a .budgetnotat file: JSON, then format and version, then migrations from older versions,
 * then the schema. Never throws: every problem is one Danish sentence that names what is wrong and
 * where, and the caller's current work is left untouched.
 */
import type { z } from 'zod';
import type { Case } from '../model/case';
import { FORMAT_VERSION } from '../model/case';
import { MIGRATIONS } from './migrations';
import { FILE_FORMAT, fileSchema } from './schema';

export type LoadResult = { ok: true; case: Case; migratedFrom?: number } | { ok: false; error: string };

export function loadCaseFile(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Filen er ikke gyldig JSON (${(e as Error).message}) – den er måske beskadiget eller ikke en Budgetnotat-fil` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: 'Filen er ikke en Budgetnotat-sag (den indeholder ikke et JSON-objekt)' };
  let file = json as Record<string, unknown>;
  if (file.format !== FILE_FORMAT) return { ok: false, error: 'Filen er ikke en Budgetnotat-sag (feltet "format" mangler eller er forkert)' };
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, error: 'Filens version mangler eller er ugyldig' };
  if (version > FORMAT_VERSION) {
    return { ok: false, error: `Filen er lavet med en nyere Budgetnotat (filformat ${version}; denne version læser op til ${FORMAT_VERSION}). Opdatér programmet for at åbne den.` };
  }
  for (const step of MIGRATIONS) if (step.from >= version && step.from < FORMAT_VERSION) file = step.migrate(file);
  const parsed = fileSchema.safeParse(file);
  if (!parsed.success) return { ok: false, error: describe(parsed.error, file) };
  const result: LoadResult = { ok: true, case: parsed.data.case as Case };
  if (version < FORMAT_VERSION) result.migratedFrom = version;
  return result;
}

/** The first problem, with its path and, where the path runs through a row, the row's label. */
function describe(error: z.ZodError, file: Record<string, unknown>): string {
  const issue = error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
  const label = rowLabelOnPath(file, path);
  const more = error.issues.length > 1 ? ` (og ${error.issues.length - 1} andre fejl)` : '';
  return `Filen kan ikke læses: ${where || 'filen'}${label ? ` (rækken "${label}")` : ''}: ${issue.message}${more}`;
}

function rowLabelOnPath(file: Record<string, unknown>, path: Array<string | number>): string | null {
  if (path[0] !== 'case' || path[1] !== 'sections' || path[3] !== 'rows') return null;
  const c = file.case as { sections?: Array<{ rows?: Array<{ label?: unknown }> }> };
  const label = c?.sections?.[path[2] as number]?.rows?.[path[4] as number]?.label;
  return typeof label === 'string' ? label : null;
}
