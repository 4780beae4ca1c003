/** Property: the parts sum to the total, exactly, whatever the amounts (no float drift). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Engine } from '../../../shared/engine/engine';
import { Decimal } from '../../../shared/money/decimal';
import { buildCase, type RowSpec } from '../../../shared/templates/builder';
import { allRows } from '../../../shared/model/rows';

const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([n, scale]) => new Decimal(n.toString()).dividedBy(new Decimal(10).pow(scale)).toFixed());

const sectionRows = (years: number) =>
  fc.array(fc.array(fc.option(amount, { nil: null }), { minLength: years, maxLength: years }), { minLength: 1, maxLength: 6 });

describe('parts sum to the total', () => {
  it('row totals, section subtotals and the result add up exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((years) => fc.tuple(fc.constant(years), fc.array(sectionRows(years), { minLength: 1, maxLength: 4 }))),
        ([years, sections]) => {
          const specs = sections.map((rows, s) => ({
            label: `Afsnit ${s + 1}`,
            rows: [
              ...rows.map((values, r): RowSpec => ({
                label: `Post ${s + 1}.${r + 1}`,
                kind: 'input',
                cells: Object.fromEntries(values.flatMap((v, p) => (v === null ? [] : [[2030 + p, v]]))),
              })),
              { label: `I alt ${s + 1}`, kind: 'subtotal', all: `=SUM('Afsnit ${s + 1}')` } as RowSpec,
            ],
          }));
          const resultFormula = `=${sections.map((_, s) => `'I alt ${s + 1}'`).join(' + ')}`;
          const c = buildCase({
            meta: {},
            unit: 'kr',
            decimals: 2,
            priceLevel: '',
            axis: { firstYear: 2030, count: years, labelStyle: 'year', relativeFirstYear: 2030 },
            result: { row: 'Resultat', convention: 'expensePositive' },
            sections: [...specs, { label: 'Samlet', rows: [{ label: 'Resultat', kind: 'result', all: resultFormula }] }],
          });
          const e = Engine.create(c);
          let grand = new Decimal(0);
          for (const row of allRows(c).filter((r) => r.kind === 'input')) {
            const sum = row.cells.reduce((s, cell) => (cell && 'value' in cell ? s.plus(cell.value) : s), new Decimal(0));
            const total = e.total(row.id);
            if (row.cells.every((x) => x === null)) expect(total).toBeNull();
            else expect((total as Decimal).eq(sum)).toBe(true);
            grand = grand.plus(sum);
          }
          const result = allRows(c).find((r) => r.label === 'Resultat')!;
          expect((e.total(result.id) as Decimal).eq(grand)).toBe(true);
          for (let p = 0; p < years; p++) {
            const perPeriod = allRows(c)
              .filter((r) => r.kind === 'subtotal')
              .reduce((s, r) => s.plus(e.value(r.id, p) as Decimal), new Decimal(0));
            expect((e.value(result.id, p) as Decimal).eq(perPeriod)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
