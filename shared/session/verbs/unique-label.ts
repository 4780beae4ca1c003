import type { Case } from '../../model/case';

/** A label for a new row or section that no other has, so formulas can name it. */
export function uniqueLabel(c: Case, base: string): string {
  const taken = new Set(c.sections.flatMap((s) => [s.label, ...s.rows.map((r) => r.label)]).map((l) => l.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}
