/** Case-wide changes: metadata and presentation, and the period axis. */
import type { Case, Cell, Row } from '../model/case';
import { findRow } from '../model/rows';
import { fail, type Command, type CaseProps, type CommandResult } from './command';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function setCaseProps(c: Case, cmd: Of<'setCaseProps'>): CommandResult {
  const p = cmd.props;
  if (p.decimals !== undefined && (!Number.isInteger(p.decimals) || p.decimals < 0 || p.decimals > 6)) return fail('Decimaler skal være et helt tal fra 0 til 6');
  if (p.result?.rowId && !findRow(c, p.result.rowId)) return fail('Resultatrækken findes ikke');
  const previous = Object.fromEntries(Object.keys(p).map((k) => [k, c[k as keyof CaseProps]])) as CaseProps;
  return { ok: true, case: { ...c, ...p }, inverse: { type: 'setCaseProps', props: previous }, change: { kind: 'meta' } };
}

/**
 * Changes the first year, the number of years or how periods are labelled. Cells stay in their
 * column; years added at the end start empty, and the inverse keeps the cells of dropped years.
 */
export function setAxis(c: Case, cmd: Of<'setAxis'>): CommandResult {
  const { axis } = cmd;
  if (!Number.isInteger(axis.count) || axis.count < 1 || axis.count > 200) return fail('Antal år skal være mellem 1 og 200');
  if (!Number.isInteger(axis.firstYear) || !Number.isInteger(axis.relativeFirstYear)) return fail('Årstal skal være hele tal');
  const before: Record<string, Cell[]> = {};
  const sections = c.sections.map((s) => ({
    ...s,
    rows: s.rows.map((r): Row => {
      if (r.scope === 'constant') return r;
      before[r.id] = r.cells;
      const given = cmd.cells?.[r.id];
      const cells = given ? given.slice() : Array.from({ length: axis.count }, (_, p) => r.cells[p] ?? null);
      return { ...r, cells };
    }),
  }));
  const views = c.views.map((v) => ({ ...v, toPeriod: Math.min(v.toPeriod, axis.count - 1), fromPeriod: Math.min(v.fromPeriod, axis.count - 1) }));
  return {
    ok: true,
    case: { ...c, axis, sections, views },
    inverse: { type: 'setAxis', axis: c.axis, cells: before },
    change: { kind: 'structure' },
  };
}
