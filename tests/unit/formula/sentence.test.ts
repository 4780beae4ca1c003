import { describe, expect, it } from 'vitest';
import { formulaSentence, type SentenceWords } from '../../../shared/formula/sentence';
import { parseFormula } from '../../../shared/formula/parser';

const rows: Record<string, ReturnType<SentenceWords['row']>> = {
  løn: { label: 'Løn', money: true, percent: false, constant: { value: '44.000', unit: 'kr.' } },
  kørsel: { label: 'Kørsel', money: true, percent: false, constant: { value: '3.000', unit: 'kr.' } },
  pris: { label: 'Pris pr. måned', money: true, percent: false, constant: { value: '61.500', unit: 'kr.' } },
  vejledere: { label: 'Antal vejledere', money: false, percent: false, constant: { value: '2', unit: 'antal' } },
  måneder: { label: 'Måneder pr. år', money: false, percent: false, constant: { value: '12', unit: 'måneder' } },
  andel: { label: 'Andel', money: false, percent: true, constant: { value: '45 %', unit: '%' } },
  andel2: { label: 'Anden andel', money: false, percent: true, constant: { value: '10 %', unit: '%' } },
  tilskud: { label: 'Tilskud', money: true, percent: false },
};
const words: SentenceWords = { row: (id) => rows[id], sectionLabel: (id) => (id === 'budget' ? 'Budget pr. vejleder' : undefined) };
const tell = (text: string) => formulaSentence(bind(parseFormula(text)), words);
// The test names stand for row and section ids, bound as the export binds a formula.
function bind(n: ReturnType<typeof parseFormula>): ReturnType<typeof parseFormula> {
  return JSON.parse(JSON.stringify(n), (_, v) => (v && v.t === 'name' ? { t: 'ref', id: v.name, ...(v.sel ? { sel: v.sel } : {}) } : v));
}

describe('a formula told in plain Danish', () => {
  it('tells a sum of line items by how many there are', () => {
    expect(tell('=SUM(løn, kørsel, pris)')).toBe('Sum af 3 budgetlinjer');
    expect(tell('=SUM(andel, andel2)')).toBe('Sum af 2 andele');
    expect(tell('=SUM(andel, løn)')).toBe('Sum af 2 rækker');
    expect(tell('=SUM(budget)')).toBe('Sum af Budget pr. vejleder');
    expect(tell('=SUM(tilskud[2022:2024])')).toBe('Sum af Tilskud 2022-2024');
  });

  it('tells an assumption by its value and unit, a count by its name', () => {
    expect(tell('=vejledere * pris * måneder')).toBe('Antal vejledere × 61.500 kr. × 12 måneder');
    expect(tell('=pris * andel')).toBe('61.500 kr. × 45 %');
    expect(tell('=tilskud[2023] / 4')).toBe('Tilskud 2023 / 4');
  });

  it('keeps the parentheses the arithmetic needs and writes numbers the Danish way', () => {
    expect(tell('=(løn + kørsel) * 1.025')).toBe('(44.000 kr. + 3.000 kr.) × 1,025');
    expect(tell('=løn - (kørsel - 1000)')).toBe('44.000 kr. - (3.000 kr. - 1.000)');
    expect(tell('=ROUND(løn * 0.1, 0)')).toBe('44.000 kr. × 0,1 afrundet til 0 decimaler');
    expect(tell('=MAX(løn, kørsel, 5)')).toBe('Største af 44.000 kr., 3.000 kr. og 5');
  });
});
