/** The Word clipboard's HTML and its grid for the TSV, from a note table. */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../shared/engine/engine';
import { noteContent } from '../../../shared/note/note-content';
import type { NoteTable } from '../../../shared/note/note-tables';
import { tableGrid, tableHtml } from '../../../shared/note/table-clipboard';
import { templateCase } from '../../../shared/templates/index';

const economy = (id: string) => noteContent(templateCase(id)!, Engine.create(templateCase(id)!)).economy;

/** The cells of one <tr> as [text, style] pairs, read back with a regex (no DOM in unit tests). */
function rowCells(html: string, label: string): Array<[string, string]> {
  const tr = html.split('<tr>').find((r) => r.includes(`>${label}<`))!;
  return [...tr.matchAll(/<t[dh][^>]*style="([^"]*)"[^>]*>(.*?)<\/t[dh]>/g)].map((m) => [m[2]!.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ''), m[1]!]);
}

describe('tableHtml', () => {
  it('puts the unit heading in the corner, the figures right-aligned, and the result row in bold with a rule', () => {
    const html = tableHtml(economy('kk-ips-2017'));
    expect(html).toMatch(/^<p[^>]*>Økonomi<\/p><table /);
    expect(rowCells(html, 'Beløb i 1.000 kr., 2017 p/l').map(([t]) => t)).toEqual(['Beløb i 1.000 kr., 2017 p/l', '2017', '2018', '2019', '2020', 'I alt']);
    const result = rowCells(html, 'Samlet økonomisk påvirkning');
    expect(result.map(([t]) => t)).toEqual(['Samlet økonomisk påvirkning', '-2.250', '-2.000', '-1.000', '-1.000', '-6.250']);
    for (const [, style] of result) expect(style).toMatch(/font-weight:bold.*border-top:1px solid/);
    for (const [, style] of result.slice(1)) expect(style).toContain('text-align:right');
    expect(html).toContain('<b>-6.250</b>');
    // An input row is neither bold nor ruled.
    const input = rowCells(html, 'Virksomhedsopsøgende arbejde');
    expect(input.map(([t]) => t)).toEqual(['Virksomhedsopsøgende arbejde', '1.000', '1.000', '', '', '2.000']);
    for (const [, style] of input) expect(style).not.toMatch(/bold|border-top/);
  });

  it('escapes what a label holds, so a row name cannot become markup', () => {
    const table: NoteTable = {
      title: 'A & B', unitHeading: 'Beløb i kr.', orientation: 'portrait', columns: [{ label: '2026', align: 'right' }],
      lines: [{ kind: 'row', rowKind: 'input', label: '<img src=x onerror=alert(1)>', cells: ['1'] }],
    };
    const html = tableHtml(table);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; B');
  });
});

describe('tableGrid', () => {
  it('gives one line of texts per table line, section headers padded to the width', () => {
    const grid = tableGrid(economy('kk-ips-2017'));
    expect(grid[0]).toEqual(['Beløb i 1.000 kr., 2017 p/l', '2017', '2018', '2019', '2020', 'I alt']);
    expect(grid[1]).toEqual(['Varige ændringer', '', '', '', '', '']);
    expect(grid.at(-1)).toEqual(['Samlet økonomisk påvirkning', '-2.250', '-2.000', '-1.000', '-1.000', '-6.250']);
    expect(new Set(grid.map((r) => r.length))).toEqual(new Set([6]));
  });
});
