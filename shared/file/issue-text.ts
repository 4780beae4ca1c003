/**
 * Turns what the schema found wrong into the one Danish sentence a user sees: what is wrong and
 * where, with the row's label when the file has one, e.g.
 * `Filen kan ikke læses: sections[0].rows[2].cells[1] (rækken "Investering") skal være et
 * decimaltal skrevet som tekst, f.eks. "-1234.5", men er tallet 12.5.`
 */
import type { z } from 'zod';
import { member } from './json';
import { formatPath, type IssuePath } from './issue-path';

type Issue = z.core.$ZodIssue;

export const UNREADABLE = 'Filen kan ikke læses';

/**
 * `issues` come from parsing the whole file; `file` is the JSON they were found in; `lead` opens
 * the sentence (saving says why it refuses to write, loading why it cannot read).
 */
export function issueSentence(issues: readonly Issue[], file: unknown, lead = UNREADABLE): string {
  const first = issues[0];
  if (!first) return `${lead}.`;
  const issue = innermost(first);
  const rest = issues.length > 1 ? ` (og ${issues.length - 1} fejl mere)` : '';
  return `${lead}: ${where(issue.path, file)} ${issue.message}${rest}.`;
}

/**
 * A cell that is neither null, a value nor a formula fails all three union branches. When exactly
 * one branch got past the cell's own shape (say `{ "value": 12 }`), its complaint is the useful
 * one; otherwise the union's own message says which shapes are allowed.
 */
function innermost(issue: Issue): Issue {
  if (issue.code === 'invalid_key' && issue.issues[0]) return { ...issue.issues[0], path: issue.path };
  if (issue.code !== 'invalid_union') return issue;
  const deeper = issue.errors.filter((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
  const only = deeper.length === 1 ? deeper[0]![0] : undefined;
  return only ? innermost({ ...only, path: [...issue.path, ...only.path] }) : issue;
}

function where(path: IssuePath, file: unknown): string {
  if (path[0] !== 'case') return path.length === 0 ? 'filen' : `feltet ${formatPath(path)}`;
  const inCase = path.slice(1);
  if (inCase.length === 0) return 'sagen (feltet case)';
  const named = owner(inCase, member(file, 'case'));
  return named ? `${formatPath(inCase)} (${named})` : formatPath(inCase);
}

/** The row, section or table a path lies in, by the label the file gives it. */
function owner(path: IssuePath, c: unknown): string | null {
  const [top, i, sub, j] = path;
  if (top === 'sections' && typeof i === 'number') {
    const section = member(member(c, 'sections'), i);
    if (sub === 'rows' && typeof j === 'number') return labelled('rækken', member(member(member(section, 'rows'), j), 'label'));
    return labelled('afsnittet', member(section, 'label'));
  }
  if (top === 'views' && typeof i === 'number') return labelled('tabellen', member(member(member(c, 'views'), i), 'title'));
  return null;
}

const labelled = (what: string, label: unknown) => (typeof label === 'string' && label.trim() !== '' ? `${what} ${JSON.stringify(label)}` : null);
