/** The sheet's rows: section headers, rows, and the result pinned below with no empty header over it. */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/model/case';
import { blankCase, newRow, newSection } from '../../../shared/model/create';
import { findSection, findRow } from '../../../shared/model/rows';
import { templateCase } from '../../../shared/templates';
import { gridRows, type GridRow } from '../../../renderer/sheet/grid-rows';

/** Each grid row as the sheet labels it: "§ section" for a header, the row's label otherwise. */
function shown(c: Case, rows: GridRow[]): string[] {
  return rows.map((g) => (g.type === 'section' ? `§ ${findSection(c, g.sectionId)!.label}` : findRow(c, g.rowId)!.label));
}

describe('gridRows', () => {
  it('shows no "Samlet" header over KK\'s result, which is pinned below', () => {
    const kk = templateCase('kk-ips-2017')!;
    const rows = gridRows(kk, 1);
    expect(shown(kk, rows.body)).toEqual([
      '§ Varige ændringer',
      'Reducerede ydelsesudgift i forbindelse med kortere ledighed',
      'Samlet varig ændring',
      '§ Implementeringsomkostninger',
      'Virksomhedsopsøgende arbejde',
      'Idriftsættelse af IPS-team',
      'Samlede implementeringsomkostninger',
      'Investeringer totalt, service',
      'Investeringer totalt, overførsler',
    ]);
    expect(shown(kk, rows.pinned)).toEqual(['Samlet økonomisk påvirkning']);
  });

  it('keeps the header of a section that holds the result beside other rows', () => {
    const c = blankCase(2025);
    expect(shown(c, gridRows(c, 1).body)).toEqual(['§ Økonomi', 'Investering', 'Medfinansiering', 'Besparelse']);
  });

  it('keeps the header of a new, empty section, where rows are added', () => {
    const c = blankCase(2025);
    const withEmpty: Case = { ...c, sections: [...c.sections, newSection('s2', 'Drift')] };
    expect(shown(withEmpty, gridRows(withEmpty, 1).body).at(-1)).toBe('§ Drift');
  });

  it('shows the header again once the result\'s section gets another row', () => {
    const kk = templateCase('kk-ips-2017')!;
    const last = kk.sections.at(-1)!;
    const grown: Case = { ...kk, sections: [...kk.sections.slice(0, -1), { ...last, rows: [newRow('r99', 'Ny række', 'input', 4), ...last.rows] }] };
    expect(shown(grown, gridRows(grown, 1).body).slice(-2)).toEqual(['§ Samlet', 'Ny række']);
  });
});
