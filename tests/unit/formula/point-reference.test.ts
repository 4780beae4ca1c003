/** Point-and-click references (issue 11): where one may go, and how it is spelled. */
import { describe, expect, it } from 'vitest';
import { canPointAfter, rangeReferenceText, referenceText } from '../../../shared/formula/point-reference';
import type { PeriodAxis } from '../../../shared/model/case';

const axis: PeriodAxis = { firstYear: 2025, count: 4, labelStyle: 'year', relativeFirstYear: 2025 };

describe('where a reference may be pointed in', () => {
  it('after = and after each operator or separator', () => {
    for (const text of ['=', '=Investering+', '=Investering - ', '=2*', '=2 /', '=2^', '=SUM(', '=ROUND(Investering;', '=MAX(Investering, ', '=Investering[2025:']) {
      expect([text, canPointAfter(text)]).toEqual([text, true]);
    }
  });

  it('not after a name, a number, a closing parenthesis, nor in a figure', () => {
    for (const text of ['=Investering', '=2', '=SUM(Investering)', '1.000', '', '=1,', 'Investering +']) {
      expect([text, canPointAfter(text)]).toEqual([text, false]);
    }
  });

  it('after a comma and a space, which separates arguments', () => {
    expect(canPointAfter('=MAX(1, ')).toBe(true);
  });
});

describe('how a pointed reference is spelled', () => {
  it('is the bare name in the cell\'s own year, and names the year otherwise', () => {
    expect(referenceText('Investering', axis, 1, 1)).toBe('Investering');
    expect(referenceText('Investering', axis, 0, 1)).toBe('Investering[2025]');
    expect(referenceText('Investering', axis, 3, 1)).toBe('Investering[2028]');
  });

  it('quotes a name that is not a plain word, as the formula printer does', () => {
    expect(referenceText('Drift (netto)', axis, 2, 1)).toBe("'Drift (netto)'[2027]");
    expect(referenceText("Borgers' løn", axis, 1, 1)).toBe("'Borgers'' løn'");
  });

  it('spells a range of years in order, whichever way it was pointed', () => {
    expect(rangeReferenceText('Investering', axis, 0, 2)).toBe('Investering[2025:2027]');
    expect(rangeReferenceText('Investering', axis, 3, 1)).toBe('Investering[2026:2028]');
    expect(rangeReferenceText('Drift (netto)', axis, 0, 1)).toBe("'Drift (netto)'[2025:2026]");
  });

  it('has no year for an assumption or a section, which have one value or are summed whole', () => {
    expect(referenceText('Pris', axis, null, 2)).toBe('Pris');
  });
});
