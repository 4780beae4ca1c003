/**
 * The append verb: tables imported into the open case: the imported case's sections and views rewritten to fit
 * it, as one appendSections command. Rows and sections get ids the open case does not use, and
 * the stored formulas (`={r3} + {r4}`) follow them; amounts go to the periods with the same year
 * (or "År n"), and the case's axis grows at the end when the tables reach further. Anything else
 * (other kinds of periods, a table that starts before the case or after a gap) is refused with
 * the two period ranges, never guessed.
 */
import type { CommandOf } from '../../commands/command';
import { parseFormula } from '../../formula/parser';
import { printFormula } from '../../formula/printer';
import type { Case, Cell, PeriodAxis, Row, Section, StatedFigures, TableView } from '../../model/case';
import { usedIds } from '../../model/create';
import { freshId, rowId, sectionId } from '../../model/ids';
import { periodLabel } from '../../model/period';
import { derivedThroughout } from '../../model/derived-rows';

export type AppendRefusal = 'otherKind' | 'startsBefore' | 'gap';

/**
 * A refusal carries its Danish reason (what the CLI prints) and what it is about, so that the
 * editor can say it in its own language and point at its own buttons.
 */
export type AppendPlan =
  | { ok: true; command: CommandOf<'appendSections'>; rows: number; priceLevelDiffers: boolean }
  | { ok: false; reason: string; refused: AppendRefusal; imported: string; open: string }
  | { ok: false; reason: string; refused: 'formula'; formula: string };

const REASONS: Record<AppendRefusal, (imported: string, open: string) => string> = {
  otherKind: (imported, open) => `Tabellens perioder (${imported}) er af en anden slags end sagens (${open}), så tabellen kan ikke føjes til sagen.`,
  startsBefore: (imported, open) => `Tabellen begynder før sagen (${imported} mod ${open}), så den kan ikke føjes til; ret sagens første år først.`,
  gap: (imported, open) => `Der er et hul mellem sagens perioder (${open}) og tabellens (${imported}), så tabellen kan ikke føjes til sagen.`,
};

function refusal(refused: AppendRefusal, imported: string, open: string): AppendPlan {
  return { ok: false, reason: REASONS[refused](imported, open), refused, imported, open };
}

export function appendPlan(open: Case, imported: Case): AppendPlan {
  const a = open.axis;
  const b = imported.axis;
  const [importedRange, openRange] = [rangeText(b), rangeText(a)];
  if (a.labelStyle !== b.labelStyle) return refusal('otherKind', importedRange, openRange);
  const offset = periodNumber(b) - periodNumber(a);
  if (offset < 0) return refusal('startsBefore', importedRange, openRange);
  if (offset > a.count) return refusal('gap', importedRange, openRange);
  const count = Math.max(a.count, offset + b.count);
  const ids = freshIds(open, imported);
  let sections: Section[];
  try {
    sections = imported.sections.map((s) => ({ id: sectionId(ids.get(s.id)!), label: s.label, rows: s.rows.map((r) => placedRow(r, ids, offset, count)) }));
  } catch (e) {
    if (e instanceof UnreadableFormula) return { ok: false, reason: `En formel i tabellen kan ikke flyttes over i sagen: ${e.formula}`, refused: 'formula', formula: e.formula };
    throw e;
  }
  const command: CommandOf<'appendSections'> = { type: 'appendSections', sections, views: placedViews(open, imported, ids, offset) };
  if (count > a.count) command.axis = { ...a, count };
  return { ok: true, command, rows: sections.reduce((n, s) => n + s.rows.length, 0), priceLevelDiffers: imported.priceLevel !== '' && imported.priceLevel !== open.priceLevel };
}

/** A period's number on its axis's own scale: the calendar year, or n of "År n". */
function periodNumber(axis: PeriodAxis): number {
  return axis.labelStyle === 'year' ? axis.firstYear : axis.firstYear - axis.relativeFirstYear + 1;
}

function rangeText(axis: PeriodAxis): string {
  return `${periodLabel(axis, 0)}–${periodLabel(axis, axis.count - 1)}`;
}

/** Old id -> new id, for every row and section of the imported case. */
function freshIds(open: Case, imported: Case): Map<string, string> {
  const taken = usedIds(open);
  const ids = new Map<string, string>();
  const claim = (old: string, prefix: string) => {
    const id = freshId(prefix, taken);
    taken.add(id);
    ids.set(old, id);
  };
  for (const s of imported.sections) {
    claim(s.id, 's');
    for (const r of s.rows) claim(r.id, 'r');
  }
  return ids;
}

class UnreadableFormula extends Error {
  constructor(readonly formula: string) {
    super(formula);
  }
}

function placedRow(r: Row, ids: Map<string, string>, offset: number, count: number): Row {
  const cells = r.scope === 'constant' ? r.cells.map((cell) => renamedCell(cell, ids)) : Array.from({ length: count }, (_, p) => renamedCell(r.cells[p - offset] ?? null, ids));
  const row: Row = { ...r, id: rowId(ids.get(r.id)!), cells };
  if (r.stated) row.stated = shiftedStated(r.stated, offset);
  // Its subtotals and results are derived in the open case's years before and after the table too.
  return derivedThroughout(row);
}

function renamedCell(cell: Cell, ids: Map<string, string>): Cell {
  if (!cell || !('formula' in cell)) return cell;
  try {
    return { formula: printFormula(parseFormula(cell.formula), (id) => `{${ids.get(id) ?? id}}`) };
  } catch {
    throw new UnreadableFormula(cell.formula);
  }
}

function shiftedStated(stated: StatedFigures, offset: number): StatedFigures {
  if (!stated.values || offset === 0) return stated;
  return { ...stated, values: Object.fromEntries(Object.entries(stated.values).map(([p, v]) => [String(Number(p) + offset), v])) };
}

function placedViews(open: Case, imported: Case, ids: Map<string, string>, offset: number): TableView[] {
  const taken = new Set(open.views.map((v) => v.id));
  return imported.views.map((v) => {
    const id = freshId('v', taken);
    taken.add(id);
    const view: TableView = { ...v, id, rowIds: v.rowIds.map((r) => rowId(ids.get(r) ?? r)), fromPeriod: v.fromPeriod + offset, toPeriod: v.toPeriod + offset };
    if (v.rowLabels) view.rowLabels = Object.fromEntries(Object.entries(v.rowLabels).map(([r, label]) => [ids.get(r) ?? r, label]));
    const unit = v.unit ?? imported.unit;
    if (unit !== open.unit) view.unit = unit;
    else delete view.unit;
    return view;
  });
}
