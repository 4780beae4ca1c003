/**
 * Reads a `.budgetnotat` file. Whatever the text is (empty, truncated, another program's JSON, a
 * file from a newer Budgetnotat, hostile), the answer is a case or one Danish sentence saying
 * what is wrong and where; loading never throws.
 *
 * @example loadCaseFile(serializeCase(blankCase(2024))) // { ok: true, case: ... }
 * @example loadCaseFile('{}') // { ok: false, error: 'Filen er ikke en Budgetnotat-fil: ...' }
 */
import { FORMAT_VERSION, type Case } from '../model/case';
import { isJsonObject } from './json';
import { issueSentence, UNREADABLE } from './issue-text';
import { danishIssueMessage, describeInput } from './messages';
import { notJsonSentence } from './not-json';
import { migrateToCurrent, OLDEST_VERSION } from './migrations';
import { caseFileSchema, FILE_FORMAT } from './schema';

export type LoadResult = { ok: true; case: Case; migratedFrom?: number } | { ok: false; error: string };

export function loadCaseFile(text: string): LoadResult {
  try {
    return load(text);
  } catch (e) {
    // Nothing below should throw; if something does, the user still gets a message, not a crash.
    return fail(`${UNREADABLE}: der opstod en uventet fejl (${e instanceof Error ? e.message : String(e)}).`);
  }
}

function load(text: string): LoadResult {
  let json: unknown;
  try {
    // Windows editors (Notepad) put a byte-order mark in front of the JSON when a user edits by hand.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    return fail(notJsonSentence(text, e));
  }
  if (!isJsonObject(json)) return fail(`Filen er ikke en Budgetnotat-fil: den skulle indeholde et objekt, men indeholder ${describeInput(json)}.`);
  if (json.format !== FILE_FORMAT) {
    return fail(`Filen er ikke en Budgetnotat-fil: feltet format ${wrongOrMissing(json.format, `skal være "${FILE_FORMAT}"`)}.`);
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail(`${UNREADABLE}: feltet version ${wrongOrMissing(version, 'skal være et heltal')}.`);
  if (version > FORMAT_VERSION) {
    return fail(`Filen er lavet af en nyere Budgetnotat (filformat ${version}; denne version kan læse op til filformat ${FORMAT_VERSION}): opdater Budgetnotat for at åbne den.`);
  }
  if (version < OLDEST_VERSION) return fail(`${UNREADABLE}: filformat ${version} findes ikke; det ældste er ${OLDEST_VERSION}.`);

  const migrated = migrateToCurrent(json, version);
  if (!migrated.ok) return migrated;
  const parsed = caseFileSchema.safeParse(migrated.file, { error: danishIssueMessage });
  if (!parsed.success) return fail(issueSentence(parsed.error.issues, migrated.file));
  return version < FORMAT_VERSION ? { ok: true, case: parsed.data.case, migratedFrom: version } : { ok: true, case: parsed.data.case };
}

const wrongOrMissing = (found: unknown, wanted: string) => (found === undefined ? 'mangler' : `${wanted}, men er ${describeInput(found)}`);

const fail = (error: string): LoadResult => ({ ok: false, error });
