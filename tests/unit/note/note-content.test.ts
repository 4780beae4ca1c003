/**
 * The note's content as data, checked against the source notes (../shared/seeds): Aarhus' Provenu
 * row (seed 002, "Provenu -835 -692 468 396 348 356 324 365" over År 1-7 and Total), Bilag B's
 * stated 3.264 that the rows give as 3.266, and Copenhagen's "Samlet økonomisk påvirkning
 * -2.250 -2.000 -1.000 -1.000" (seed 001).
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../shared/engine/engine';
import { blankCase } from '../../../shared/model/create';
import { noteContent } from '../../../shared/note/note-content';
import type { NoteLine, NoteTable } from '../../../shared/note/note-tables';
import { templateCase } from '../../../shared/templates/index';

const note = (id: string) => noteContent(templateCase(id)!, Engine.create(templateCase(id)!));
const row = (t: NoteTable, label: string) => t.lines.find((l): l is Extract<NoteLine, { kind: 'row' }> => l.kind === 'row' && l.label === label);

describe('noteContent', () => {
  it("gives Aarhus' economy table in 1.000 kr. with its result row as the note prints it, on a landscape page", () => {
    const n = note('aarhus-ips-2022');
    expect(n.title).toBe('Din vej i job (udvidet IPS-indsats)');
    expect(n.economy.unitHeading).toBe('Beløb i 1.000 kr.');
    expect(n.economy.columns.map((c) => c.label)).toEqual(['2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030', 'I alt']);
    // År 1-7 are 2023-2029; 2022 and 2030 hold the payment plan's years, with no result.
    expect(row(n.economy, 'Provenu')).toMatchObject({ rowKind: 'result', cells: ['0', '-835', '-692', '468', '396', '348', '356', '324', '0', '365'] });
    expect(n.economy.orientation).toBe('landscape');
  });

  it('lists the key figures in Danish, the seven-year net result being the sum of År 1-7', () => {
    const figures = Object.fromEntries(note('aarhus-ips-2022').figures.map((f) => [f.id, f.value]));
    // -835 - 692 + 468 + 396 + 348 + 356 + 324 = 365; the cumulative result first turns positive in År 6 = 2028.
    expect(figures).toMatchObject({ net7: '365', netTotal: '365', paybackTotal: '6 år', breakEven: '2028', net10: '-' });
  });

  it("carries Bilag B's stated 3.264 as a rounding deviation from the computed 3.266", () => {
    const d = note('aarhus-ips-2022').deviations;
    expect(d).toContainEqual({ row: 'Indtægt', column: 'I alt', kind: 'afrunding', stated: '3.264', computed: '3.266' });
  });

  it("gives Aarhus' business case view with År 1-7 and the source's Total", () => {
    const view = note('aarhus-ips-2022').views.find((v) => v.title === 'Business case')!;
    expect(view.columns.map((c) => c.label)).toEqual(['År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7', 'Total']);
    expect(row(view, 'Provenu')!.cells).toEqual(['-835', '-692', '468', '396', '348', '356', '324', '365']);
    expect(row(view, 'Investering')!.cells).toEqual(['1.476', '1.476', '', '', '', '', '', '2.952']);
  });

  it("keeps Copenhagen's four-year table on a portrait page, with its price level in the unit heading", () => {
    const n = note('kk-ips-2017');
    expect(n.economy.orientation).toBe('portrait');
    expect(n.economy.unitHeading).toBe('Beløb i 1.000 kr., 2017 p/l');
    // -2.250 - 2.000 - 1.000 - 1.000 = -6.250.
    expect(row(n.economy, 'Samlet økonomisk påvirkning')!.cells).toEqual(['-2.250', '-2.000', '-1.000', '-1.000', '-6.250']);
    expect(n.deviations).toEqual([]);
    expect(n.views.length).toBeGreaterThan(0);
  });

  it('draws no chart for a case with no results, and heads an untitled case "Budgetnotat"', () => {
    const blank = blankCase(2026);
    const n = noteContent(blank, Engine.create(blank));
    expect(n.chartSvg).toBeNull();
    expect(n.title).toBe('Ny sag');
    expect(noteContent({ ...blank, meta: { ...blank.meta, title: '  ' } }, Engine.create({ ...blank, meta: { ...blank.meta, title: '  ' } })).title).toBe('Budgetnotat');
    expect(n.views).toEqual([]);
    expect(noteContent(templateCase('kk-ips-2017')!, Engine.create(templateCase('kk-ips-2017')!)).chartSvg).toMatch(/^<svg/);
  });
});
