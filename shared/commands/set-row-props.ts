/**
 * Changes what a row is rather than what it holds: kind, scope, classification, driver format,
 * unit, note and stated figures. A field set to undefined is removed (so a cleared field disappears
 * from the file too). Changing the scope reshapes the cells: a row becoming constant keeps its
 * first filled cell, a row becoming per-period repeats its constant in every period.
 */
import type { Classification, Row } from '../model/case';
import { BUCKETS } from '../model/case';
import type { SectionId } from '../model/ids';
import { refusesCell } from '../model/derived-cell';
import { isComputedRow, locateRow } from '../model/rows';
import { ROW_KINDS } from './checks';
import { fail, type ApplyFn, type RowProps } from './command';
import { withRow } from './case-edit';
import { rowChange } from './replace-row';

const KEYS: ReadonlySet<string> = new Set(['kind', 'scope', 'classification', 'driverFormat', 'unitText', 'note', 'stated']);

export const setRowProps: ApplyFn<'setRowProps'> = (c, cmd) => {
  const at = locateRow(c, cmd.row);
  if (!at) return fail(`Rækken ${cmd.row} findes ikke`);
  const bad = badProps(cmd.props, c.axis.count);
  if (bad) return fail(bad);
  const old = c.sections[at.section]!.rows[at.index]!;
  const row = reshape(merge(old, cmd.props), old, c.axis.count);
  if (c.result.rowId === old.id && isComputedRow(old) && !isComputedRow(row)) return fail(resultRowStays(old.label));
  if (isComputedRow(row) && !isComputedRow(old)) {
    const derived = becomeComputed(row, c.sections[at.section]!.id);
    if (typeof derived === 'string') return fail(derived);
    return { ok: true, case: withRow(c, at, derived), inverse: { type: 'replaceRow', row: old }, change: rowChange(old, derived) };
  }
  return { ok: true, case: withRow(c, at, row), inverse: { type: 'replaceRow', row: old }, change: rowChange(old, row) };
};

function resultRowStays(label: string): string {
  return `"${label}" er sagens resultatrække og skal forblive beregnet; vælg først en anden resultatrække under Sagens oplysninger.`;
}

function merge(old: Row, props: RowProps): Row {
  const row: Row = { ...old };
  if (props.kind !== undefined) row.kind = props.kind;
  if (props.scope !== undefined) row.scope = props.scope;
  if (props.classification !== undefined) row.classification = definedOnly(props.classification);
  for (const key of ['driverFormat', 'unitText', 'note', 'stated'] as const) {
    if (!(key in props)) continue;
    if (props[key] === undefined) delete row[key];
    else Object.assign(row, { [key]: props[key] });
  }
  return row;
}

/**
 * A row turning into a subtotal or result must be derived in every year: an empty row becomes
 * the sum of its section's line items; a row whose years are all formulas over other rows keeps
 * them; a row with typed figures, gaps or constant formulas is refused rather than have figures
 * thrown away.
 */
function becomeComputed(row: Row, section: SectionId): Row | string {
  if (row.cells.every((x) => x === null)) return { ...row, cells: row.cells.map(() => ({ formula: `=SUM({${section}})` })) };
  if (!row.cells.some((x) => refusesCell(row, x))) return row;
  return `"${row.label}" har indtastede tal, faste tal eller tomme år og kan først blive en beregnet række, når alle dens år har en formel, der bygger på andre rækker.`;
}

function reshape(row: Row, before: Row, periods: number): Row {
  if (row.scope === before.scope) return row;
  if (row.scope === 'constant') return { ...row, cells: [before.cells.find((x) => x !== null) ?? null] };
  return { ...row, cells: Array.from({ length: periods }, () => before.cells[0] ?? null) };
}

function definedOnly(c: Classification): Classification {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
}

function badProps(props: RowProps, periods: number): string | null {
  if (typeof props !== 'object' || props === null) return 'Ingen egenskaber at ændre';
  const unknown = Object.keys(props).find((k) => !KEYS.has(k));
  if (unknown) return `Ukendt egenskab for en række: ${unknown}`;
  if (props.kind !== undefined && !ROW_KINDS.includes(props.kind)) return `Ukendt rækketype: ${String(props.kind)}`;
  if (props.scope !== undefined && props.scope !== 'period' && props.scope !== 'constant') return `Ukendt rækkeomfang: ${String(props.scope)}`;
  if (props.driverFormat !== undefined && !['number', 'kr', 'percent'].includes(props.driverFormat)) return `Ukendt visning: ${String(props.driverFormat)}`;
  if (props.note !== undefined && typeof props.note !== 'string') return 'En note skal være tekst';
  if (props.unitText !== undefined && typeof props.unitText !== 'string') return 'En enhed skal være tekst';
  const cls = props.classification;
  if (cls !== undefined) {
    if (typeof cls !== 'object' || cls === null) return 'Klassifikationen skal være et objekt';
    if (cls.iu !== undefined && cls.iu !== 'I' && cls.iu !== 'U') return 'I/U skal være I, U eller tom';
    if (cls.bucket !== undefined && !BUCKETS.includes(cls.bucket)) return `Ukendt kategori: ${String(cls.bucket)}`;
  }
  const stated = Object.keys(props.stated?.values ?? {}).find((k) => !/^\d+$/.test(k) || Number(k) >= periods);
  if (stated !== undefined) return `Periode ${stated} ligger uden for sagen`;
  return null;
}
