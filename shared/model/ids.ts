/** Branded ids: a row id and a section id cannot be swapped by mistake, nor mixed with labels. */
export type RowId = string & { readonly __brand: 'RowId' };
export type SectionId = string & { readonly __brand: 'SectionId' };
/** Index of a period on the case's axis, 0-based. */
export type PeriodIndex = number & { readonly __brand: 'PeriodIndex' };

export const rowId = (s: string) => s as RowId;
export const sectionId = (s: string) => s as SectionId;

/** Makes an id not yet in `taken`: "r1", "r2", ... (stable, readable in files and diffs). */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  let n = taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
