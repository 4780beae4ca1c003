import { describe, expect, it } from 'vitest';
import { serializeCase } from '../../../shared/file/save';
import type { Case, Row } from '../../../shared/model/case';
import { blankCase } from '../../../shared/model/create';
import { rowId } from '../../../shared/model/ids';
import { richCase } from './rich-case';

/** The rich case with its first row of the second section replaced. */
function withRow(change: (r: Row) => Row): Case {
  const c = richCase();
  const [first, second, ...rest] = c.sections;
  const [row, ...others] = second!.rows;
  return { ...c, sections: [first!, { ...second!, rows: [change(row!), ...others] }, ...rest] };
}

describe('serializeCase refuses a case it could not read back', () => {
  it('refuses a row with the wrong number of cells, naming the row', () => {
    expect(() => serializeCase(withRow((r) => ({ ...r, cells: r.cells.slice(1) })))).toThrow(
      'Sagen kan ikke gemmes, fordi filen ikke ville kunne læses igen: sections[1].rows[0].cells (rækken "Løn til vejledere") har 3 celler, men skal have 4, én pr. periode (axis.count er 4).',
    );
  });

  it('refuses duplicate ids', () => {
    expect(() => serializeCase(withRow((r) => ({ ...r, id: rowId('r1') })))).toThrow(/sections\[1\]\.rows\[0\]\.id .* er "r1", som også bruges af sections\[0\]\.rows\[0\]\.id/);
  });

  it('refuses a float that slipped past the types into a cell', () => {
    const float = { value: 0.1 + 0.2 } as unknown as { value: string };
    expect(() => serializeCase(withRow((r) => ({ ...r, cells: [float, null, null, null] })))).toThrow(/cells\[0\]\.value .* skal være et decimaltal skrevet som tekst.*tallet 0\.30000000000000004/);
  });

  it('refuses a view of a row that was deleted', () => {
    const c = richCase();
    const sections = c.sections.map((s) => ({ ...s, rows: s.rows.filter((r) => r.id !== 'r5') }));
    expect(() => serializeCase({ ...c, sections })).toThrow(/views\[0\]\.rowIds\[1\] \(tabellen "Tabel 1"\) er "r5", men der findes ingen række/);
  });

  it('refuses a field the model does not have', () => {
    const c = { ...blankCase(2024), colour: 'red' } as Case;
    expect(() => serializeCase(c)).toThrow(/Sagen kan ikke gemmes.*: sagen \(feltet case\) har et ukendt felt "colour"/);
  });
});

describe('serializeCase', () => {
  it('leaves the case it is given untouched', () => {
    const c = richCase();
    serializeCase(c);
    expect(c).toStrictEqual(richCase());
  });

  it('writes the exact decimal strings it was given, however long', () => {
    const long = '-123456789012345678901234567890.123456789012345678901234567890';
    expect(serializeCase(withRow((r) => ({ ...r, cells: [{ value: long }, null, null, null] })))).toContain(`"value": "${long}"`);
  });
});
