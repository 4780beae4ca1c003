/**
 * Review of issue 10, defects 2 and 3 (and the full stop): a pasted block lands whole or not at
 * all, with the reason; the count it reports is what went in. The sheet under the block is given
 * as lines (rows and section headers, in the sheet's order, the pinned result last) and columns.
 */
import { describe, expect, it } from 'vitest';
import { planPaste, type PasteColumn, type PasteLine } from '../../../shared/session/verbs/paste';
import { applyCommand } from '../../../shared/commands/registry';
import type { Case } from '../../../shared/model/case';
import { allRows } from '../../../shared/model/rows';
import { templateCase } from '../../../shared/templates';

const kk = templateCase('kk-ips-2017')!;
const id = (c: Case, label: string) => allRows(c).find((r) => r.label === label)!.id;
const yearOf = (c: Case, year: number) => year - c.axis.firstYear;

/** The sheet from the row (or section header) labelled `at` down, sections and rows in order, the result row last. */
function linesFrom(c: Case, at: string, count: number): PasteLine[] {
  const all: PasteLine[] = [];
  const result = c.result.rowId;
  for (const s of c.sections) {
    all.push({ kind: 'section', label: s.label });
    for (const r of s.rows) if (r.id !== result) all.push({ kind: 'row', rowId: r.id });
  }
  if (result) all.push({ kind: 'row', rowId: result });
  const start = all.findIndex((l) => (l?.kind === 'section' ? l.label === at : allRows(c).find((r) => r.id === l?.rowId)?.label === at));
  return Array.from({ length: count }, (_, i) => all[start + i]);
}

/** The year columns from `year` to the last, then the Samlet column (no cells), then nothing. */
function columnsFrom(c: Case, year: number, count: number): Array<PasteColumn | undefined> {
  const cols: PasteColumn[] = [];
  for (let p = yearOf(c, year); p < c.axis.count; p++) cols.push({ name: String(c.axis.firstYear + p), periodOf: (row) => (row.scope === 'constant' ? null : p) });
  cols.push({ name: 'Samlet', periodOf: () => null });
  return Array.from({ length: count }, (_, j) => cols[j]);
}

const plan = (at: string, year: number, text: string[][], c: Case = kk) => planPaste(c, text, linesFrom(c, at, text.length), columnsFrom(c, year, Math.max(...text.map((l) => l.length))));

describe('a pasted block lands whole or not at all', () => {
  it('refuses a block whose first line falls on a section header, saying so (review: Varige ændringer 2017)', () => {
    expect(plan('Varige ændringer', 2017, [['7', '8'], ['9', '10']])).toEqual({
      ok: false,
      reason: 'Blokken blev ikke sat ind, fordi dens 1. linje ville lande på afsnitsoverskriften "Varige ændringer", som ikke har talceller.',
    });
  });

  it('refuses a block wider than the years left (review: IPS-team 2020, 1 2 3)', () => {
    const last = kk.axis.firstYear + kk.axis.count - 1;
    const got = planPaste(kk, [['1', '2', '3']], linesFrom(kk, 'Idriftsættelse af IPS-team', 1), columnsFrom(kk, last, 3).slice(0, 1).concat([undefined, undefined]));
    expect(got).toEqual({ ok: false, reason: 'Blokken blev ikke sat ind, fordi den er 3 kolonner bred, og der kun er 1 talkolonne fra den valgte celle og mod højre.' });
    // The same with the Samlet column beside the last year: Samlet takes no figure either.
    expect(plan('Idriftsættelse af IPS-team', last, [['1', '2', '3']])).toEqual(got);
    // Review: a 2 × 3 block at Virksomhedsopsøgende 2019, with 2019 and 2020 left.
    expect(plan('Virksomhedsopsøgende arbejde', 2019, [['1', '2', '3'], ['4', '5', '6']])).toEqual({
      ok: false,
      reason: 'Blokken blev ikke sat ind, fordi den er 3 kolonner bred, og der kun er 2 talkolonner fra den valgte celle og mod højre.',
    });
  });

  it('refuses labels pasted into the label column, naming the column', () => {
    const columns: PasteColumn[] = [{ name: 'Række', periodOf: () => null }, { name: 'Styringsområde', periodOf: () => null }];
    expect(planPaste(kk, [['Foo', '5']], [{ kind: 'row', rowId: id(kk, 'Idriftsættelse af IPS-team') }], columns)).toEqual({
      ok: false,
      reason: 'Blokken blev ikke sat ind, fordi dens 1. kolonne ville lande under "Række" i "Idriftsættelse af IPS-team", hvor der ikke kan stå et tal.',
    });
  });

  it('refuses a figure that would land in a column without numbers in the middle of the block', () => {
    const columns: PasteColumn[] = [{ name: 'Værdi', periodOf: () => 0 }, { name: 'Enhed', periodOf: () => null }, { name: '2017', periodOf: () => 0 }];
    const lines: PasteLine[] = [{ kind: 'row', rowId: id(kk, 'Virksomhedsopsøgende arbejde') }];
    expect(planPaste(kk, [['1', 'kr.', '3']], lines, columns)).toEqual({
      ok: false,
      reason: 'Blokken blev ikke sat ind, fordi dens 2. kolonne ville lande under "Enhed" i "Virksomhedsopsøgende arbejde", hvor der ikke kan stå et tal.',
    });
  });

  it('refuses a block taller than the rows left', () => {
    // The selected cell on the last line of the sheet: one row of room for a block of three.
    const lines: PasteLine[] = [{ kind: 'row', rowId: id(kk, 'Idriftsættelse af IPS-team') }, undefined, undefined];
    expect(planPaste(kk, [['1'], ['2'], ['3']], lines, columnsFrom(kk, 2018, 1))).toEqual({
      ok: false,
      reason: 'Blokken blev ikke sat ind, fordi den er 3 rækker høj, og der kun er 1 række fra den valgte celle og ned.',
    });
  });

  it('refuses a block that spills over the pinned result row', () => {
    const result = allRows(kk).find((r) => r.id === kk.result.rowId)!.label;
    expect(planPaste(kk, [['1'], ['2']], [{ kind: 'row', rowId: id(kk, 'Idriftsættelse af IPS-team') }, ...linesFrom(kk, result, 1)], columnsFrom(kk, 2018, 1))).toEqual({
      ok: false,
      reason: `Blokken blev ikke sat ind, fordi den ville skrive tal over "${result}", som beregnes med en formel.`,
    });
  });

  it('refuses =999 pasted on Samlet økonomisk påvirkning (a result), so KK keeps its figures', () => {
    const got = plan('Samlet økonomisk påvirkning', 2018, [['=999']]);
    expect(got).toEqual({
      ok: false,
      reason: 'Blokken blev ikke sat ind, fordi den ville give "Samlet økonomisk påvirkning" formlen =999, som ikke bygger på nogen række, og "Samlet økonomisk påvirkning" beregnes af andre rækker.',
    });
  });

  it('ends "no number cells here" with a full stop', () => {
    expect(plan('Varige ændringer', 2017, [['']])).toEqual({ ok: false, reason: 'Der er ingen talceller at sætte ind i her.' });
  });

  it('lands a block that fits, and counts what went in', () => {
    const got = plan('Virksomhedsopsøgende arbejde', 2017, [['1', '2'], ['3', '4']]);
    if (!got.ok) throw new Error(got.reason);
    expect([got.rows, got.cols, got.cells, got.skipped]).toEqual([2, 2, 4, 0]);
    const after = applyCommand(kk, got.command);
    expect(after.ok).toBe(true);
    // KK is in 1.000 kr.: "1" is 1 000 kr.
    expect(kk.unit).toBe('1000 kr');
    expect(got.command.cells[0]).toEqual({ row: id(kk, 'Virksomhedsopsøgende arbejde'), period: 0, cell: { value: '1000' } });
  });

  it('passes over blank fields that land on a section header, and says how many', () => {
    // A copied block that spans a header row comes back with that row blank.
    const before = linesFrom(kk, 'Varige ændringer', 2);
    const row = before[1]!;
    expect(row.kind).toBe('row');
    const got = planPaste(kk, [['', ''], ['5', '6']], before, columnsFrom(kk, 2017, 2));
    if (!got.ok) throw new Error(got.reason);
    expect([got.cells, got.skipped]).toEqual([2, 2]);
  });

  it('reads a unit written in a pasted field: 1.000.000,00 kr. in KK is one million kroner', () => {
    const got = plan('Virksomhedsopsøgende arbejde', 2017, [['1.000.000,00 kr.', '-1.000 kr']]);
    if (!got.ok) throw new Error(got.reason);
    expect(got.command.cells.map((x) => x.cell)).toEqual([{ value: '1000000' }, { value: '-1000' }]);
  });
});
