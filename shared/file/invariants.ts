/**
 * The rules of a case that span fields, as shared/model/case.ts states them: one cell per period
 * (one for a constant row), unique row and section ids, and references (result row, views, stated
 * periods) that point at something that exists. Commands keep these; a file may not.
 */
import type { Case } from '../model/case';
import { formatPath, type IssuePath } from './issue-path';

/** The part of zod's refinement context used here. */
export interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void;
}

export function checkCaseInvariants(c: Case, ctx: IssueSink): void {
  const report = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', message, path });
  const rowIds = checkIds(c, report);
  checkRows(c, report);
  const resultId = c.result.rowId;
  if (resultId !== null && !rowIds.has(resultId)) report(['result', 'rowId'], `er ${JSON.stringify(resultId)}, men der findes ingen række med det id`);
  checkViews(c, rowIds, report);
}

type Report = (path: PropertyKey[], message: string) => void;

/** Rows and sections share one id space: a formula's `{s1}` must not be able to mean a row too. */
function checkIds(c: Case, report: Report): Set<string> {
  const seen = new Map<string, IssuePath>();
  const rowIds = new Set<string>();
  const claim = (id: string, path: PropertyKey[]) => {
    const first = seen.get(id);
    if (first) report(path, `er ${JSON.stringify(id)}, som også bruges af ${formatPath(first)}; række- og afsnits-id'er skal være entydige`);
    else seen.set(id, path);
  };
  c.sections.forEach((s, si) => {
    claim(s.id, ['sections', si, 'id']);
    s.rows.forEach((r, ri) => {
      claim(r.id, ['sections', si, 'rows', ri, 'id']);
      rowIds.add(r.id);
    });
  });
  return rowIds;
}

function checkRows(c: Case, report: Report): void {
  const periods = c.axis.count;
  c.sections.forEach((s, si) => s.rows.forEach((r, ri) => {
    const at = ['sections', si, 'rows', ri];
    const expected = r.scope === 'constant' ? 1 : periods;
    if (r.cells.length !== expected) {
      report([...at, 'cells'], r.scope === 'constant'
        ? `har ${r.cells.length} celler, men en konstant række (scope "constant") har præcis 1`
        : `har ${r.cells.length} celler, men skal have ${expected}, én pr. periode (axis.count er ${periods})`);
    }
    for (const key of Object.keys(r.stated?.values ?? {})) {
      if (Number(key) >= periods) report([...at, 'stated', 'values', key], `henviser til periode ${key}, men aksen har kun perioderne 0 til ${periods - 1}`);
    }
  }));
}

function checkViews(c: Case, rowIds: ReadonlySet<string>, report: Report): void {
  const viewIds = new Set<string>();
  c.views.forEach((v, vi) => {
    const at = ['views', vi];
    if (viewIds.has(v.id)) report([...at, 'id'], `er ${JSON.stringify(v.id)}, som en tidligere tabel også har; tabel-id'er skal være entydige`);
    viewIds.add(v.id);
    v.rowIds.forEach((id, k) => {
      if (!rowIds.has(id)) report([...at, 'rowIds', k], `er ${JSON.stringify(id)}, men der findes ingen række med det id`);
    });
    for (const id of Object.keys(v.rowLabels ?? {})) {
      if (!rowIds.has(id)) report([...at, 'rowLabels', id], 'giver en etiket til en række, der ikke findes');
    }
    if (v.toPeriod >= c.axis.count) report([...at, 'toPeriod'], `er ${v.toPeriod}, men aksen har kun perioderne 0 til ${c.axis.count - 1}`);
    if (v.fromPeriod > v.toPeriod) report([...at, 'fromPeriod'], `er ${v.fromPeriod}, som ligger efter toPeriod (${v.toPeriod})`);
  });
}
