/**
 * Paths into a case as a person reads them in an error message: `sections[0].rows[2].cells[1]`.
 * Paths are relative to the case (the file's `case` field), since that is what the user edits.
 */
export type IssuePath = ReadonlyArray<PropertyKey>;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** @example formatPath(['sections', 0, 'rows', 2, 'cells', 1]) // 'sections[0].rows[2].cells[1]' */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
