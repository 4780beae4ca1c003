/**
 * Review of issue 10, defect 5: a unit written after a number is read in that unit and stored as
 * kroner, or refused when it is unknown; never dropped. Expected kroner worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseCellInput } from '../../../shared/model/cell-input';
import { allRows } from '../../../shared/model/rows';
import { parseDanishNumber } from '../../../shared/money/danish';
import { templateCase } from '../../../shared/templates';
import { sampleCase } from '../commands/fixtures';

// sampleCase is in 1.000 kr.: a bare "2" there is 2 000 kr.
const c = sampleCase();
const investering = allRows(c).find((r) => r.label === 'Investering')!;
const kroner = (text: string) => {
  const got = parseCellInput(text, investering, c);
  return got.ok ? (got.cell && 'value' in got.cell ? got.cell.value : got.cell) : `refused: ${got.message}`;
};

describe('a unit written after an amount', () => {
  it.each([
    ['2 mio. kr.', '2000000'],
    ['2 mio.', '2000000'],
    ['1,5 mio kr', '1500000'],
    ['1.000 kr.', '1000'],
    ['1.000.000,00 kr.', '1000000'],
    ['5 t.kr.', '5000'],
    ['3 tkr.', '3000'],
    ['3 tkr', '3000'],
    ['7 kr', '7'],
    ['-2,5 t.kr.', '-2500'],
    ['(5.000) kr.', '-5000'],
    ['(5.000 kr.)', '-5000'],
    ['0,5 mia. kr.', '500000000'],
    // No unit: the case's own, 1.000 kr.
    ['2', '2000'],
    ['1.000', '1000000'],
  ])('in a 1.000 kr. case reads %s as %s kr.', (text, want) => expect(kroner(text)).toBe(want));

  it('is read the same in KK (1.000 kr.): 1.000.000,00 kr. is one million kroner, not one billion', () => {
    const kk = templateCase('kk-ips-2017')!;
    expect(kk.unit).toBe('1000 kr');
    const row = allRows(kk).find((r) => r.kind === 'input')!;
    expect(parseCellInput('1.000.000,00 kr.', row, kk)).toEqual({ ok: true, cell: { value: '1000000' } });
    expect(parseCellInput('-1.000 kr', row, kk)).toEqual({ ok: true, cell: { value: '-1000' } });
  });

  it.each(['5 euro', '5 stk.', '2 mio. dkk', '5 k'])('refuses %s as an unknown unit, saying so', (text) => {
    expect(kroner(text)).toMatch(/^refused: ".*" har en enhed, der ikke kendes; skriv kr\., t\.kr\. eller mio\. kr\. efter tallet, eller ingen enhed\.$/);
  });

  it('refuses a krone unit on a row that is not in kroner (a count)', () => {
    const count = { ...investering, kind: 'driver' as const, driverFormat: 'number' as const, label: 'Vejledere' };
    expect(parseCellInput('5 kr.', count, c)).toEqual({ ok: false, message: '"Vejledere" er ikke et beløb i kroner, så skriv "5 kr." uden enhed.' });
    const price = { ...count, driverFormat: 'kr' as const, label: 'Månedspris' };
    expect(parseCellInput('61,5 t.kr.', price, c)).toEqual({ ok: true, cell: { value: '61500' } });
  });

  it('reports the written unit from the number parser, and none when there is none', () => {
    const two = parseDanishNumber('2 mio. kr.');
    expect(two.kind === 'number' && [two.value.toFixed(), two.unit?.toFixed()]).toEqual(['2', '1000000']);
    const bare = parseDanishNumber('2');
    expect(bare.kind === 'number' && bare.unit).toBeNull();
    expect(parseDanishNumber('1e5').kind).toBe('invalid');
  });
});
