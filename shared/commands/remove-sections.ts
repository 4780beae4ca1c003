/**
 * Takes away the last sections and table views of a case, and the years an append added: the
 * inverse of appendSections (undo of "Tilføj til åben sag"). Refused when anything would be lost
 * that the inverse could not give back: a result row in them, another table showing their rows,
 * or amounts in the years that would be cut.
 */
import { fail, type ApplyFn } from './command';
import { sameStart } from './append-sections';
import { setAxis } from './set-axis';
import { viewsWithout } from './views';

export const removeSections: ApplyFn<'removeSections'> = (c, cmd) => {
  const n = Array.isArray(cmd.sections) ? cmd.sections.length : 0;
  if (n === 0 || n >= c.sections.length) return fail('Sagen skal beholde mindst ét afsnit');
  const removed = c.sections.slice(-n);
  if (removed.some((s, i) => s.id !== cmd.sections[i])) return fail('Kun de sidste afsnit kan fjernes på denne måde');
  const m = Array.isArray(cmd.views) ? cmd.views.length : -1;
  if (m < 0 || m > c.views.length) return fail('Tabellerne skal være en liste');
  const removedViews = c.views.slice(c.views.length - m);
  if (removedViews.some((v, i) => v.id !== cmd.views[i])) return fail('Kun de sidste tabeller kan fjernes på denne måde');
  const rowIds = new Set(removed.flatMap((s) => s.rows.map((r) => r.id)));
  if (c.result.rowId !== null && rowIds.has(c.result.rowId)) return fail('Afsnittene rummer resultatrækken og kan ikke fjernes');
  const views = m > 0 ? c.views.slice(0, c.views.length - m) : c.views;
  if (viewsWithout(views, rowIds)) return fail('Andre tabeller viser rækker fra afsnittene');
  let next = { ...c, sections: c.sections.slice(0, -n), views };
  if (cmd.axis) {
    if (!sameStart(c.axis, cmd.axis) || cmd.axis.count > c.axis.count) return fail('Perioden kan kun afkortes i slutningen, når afsnit fjernes');
    const r = setAxis(next, { type: 'setAxis', axis: cmd.axis });
    if (!r.ok) return r;
    if (r.inverse.type === 'setAxis' && r.inverse.restore) return fail('Perioden kan ikke afkortes uden at slette tal i de sidste år');
    next = r.case;
  }
  return {
    ok: true,
    case: next,
    inverse: { type: 'appendSections', sections: removed, views: removedViews, ...(cmd.axis ? { axis: c.axis } : {}), undo: true },
    change: { kind: 'structure' },
  };
};
