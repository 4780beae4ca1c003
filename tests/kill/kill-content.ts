/**
 * What the kill test's saver writes: save number k is one of a few large case texts, each with
 * other amounts in every row, stamped with k in its case number. Consecutive saves therefore differ
 * from the first row to the last (a torn mix of two saves matches neither), and a file on disk says
 * which save wrote it. Imported by the child process too, so it must stay free of heavy imports.
 */

/** The case number of every variant before stamping; as long as every stamp, so all saves of a variant have one length. */
export const ITERATION_MARK = 'kill-#########';

export function stampOf(k: number): string {
  return `kill-${String(k).padStart(9, '0')}`;
}

/** The text of save number `k`. */
export function textFor(variants: readonly string[], k: number): string {
  const variant = variants[k % variants.length];
  if (variant === undefined) throw new Error('no variants');
  return variant.replace(ITERATION_MARK, stampOf(k));
}

/** The save number a loaded case's case number names, or null when it names none. */
export function iterationOf(caseNumber: string): number | null {
  const match = /^kill-(\d{9})$/.exec(caseNumber);
  return match ? Number(match[1]) : null;
}

export const variantFile = (v: number) => `variant-${v}.budgetnotat`;
