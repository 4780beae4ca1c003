import { describe, expect, it } from 'vitest';
import type { Row } from '../../../../shared/model/case';
import { rowId } from '../../../../shared/model/ids';
import { derivedThroughout } from '../../../../shared/model/derived-rows';

const row = (kind: Row['kind'], cells: Row['cells'], stated?: Row['stated']): Row => ({ id: rowId('r5'), label: 'I alt', kind, scope: 'period', classification: {}, cells, ...(stated ? { stated } : {}) });
const f = (formula: string) => ({ formula });

describe('an imported subtotal or result', () => {
  it('gets its nearest formula in the years its table left blank', () => {
    expect(derivedThroughout(row('subtotal', [null, f('={r1}'), f('={r1} + {r2}'), null])).cells).toEqual([f('={r1}'), f('={r1}'), f('={r1} + {r2}'), f('={r1} + {r2}')]);
  });

  it('keeps a typed figure as a stated one and derives the year, so a difference is reported', () => {
    const out = derivedThroughout(row('result', [f('={r1}'), { value: '15' }], { total: '30' }));
    expect(out.cells).toEqual([f('={r1}'), f('={r1}')]);
    expect(out.stated).toEqual({ total: '30', values: { 1: '15' } });
  });

  it('leaves input rows, and rows already derived throughout, as they are', () => {
    const input = row('input', [null, { value: '1' }]);
    expect(derivedThroughout(input)).toBe(input);
    const done = row('result', [f('=1'), f('=2')]);
    expect(derivedThroughout(done)).toBe(done);
  });
});
