import { describe, expect, it } from 'vitest';
import { totalPhrase, totalWords } from '../../../shared/model/total-word';
import { templateCase } from '../../../shared/templates/index';
import type { TableView } from '../../../shared/model/case';

const views = (...labels: string[]) => ({ views: labels.map((totalLabel) => ({ totalLabel }) as TableView) });

describe('the one total word of a case', () => {
  it("takes the word most of the case's tables use: Aarhus' I alt over its business case's Total", () => {
    // Aarhus: Business case "Total", Bilag B "I alt", Udbetalingsplan "I alt".
    expect(totalWords(templateCase('aarhus-ips-2022')!)).toEqual({ period: 'I alt', table: 'I alt' });
    expect(totalWords(templateCase('rebild-ips-2022')!)).toEqual({ period: 'Samlet', table: 'Samlet' });
  });

  it('ignores tables without a total and gives a tie to the first table', () => {
    // KK: Tabel 1.1 and 1 print no total, Tabel 2 and 3 "I alt".
    expect(totalWords(templateCase('kk-ips-2017')!).table).toBe('I alt');
    expect(totalWords(views('', 'Total', 'I alt')).table).toBe('Total');
    expect(totalWords(views(' I alt ', 'Total', 'Total')).table).toBe('Total');
  });

  it('uses Samlet for the total over the years and I alt for a table where no table names one', () => {
    expect(totalWords(views())).toEqual({ period: 'Samlet', table: 'I alt' });
    expect(totalWords(views('', ' '))).toEqual({ period: 'Samlet', table: 'I alt' });
  });

  it('puts the word where Danish puts it', () => {
    expect(totalPhrase('I alt', 'Nettoresultat')).toBe('Nettoresultat i alt');
    expect(totalPhrase('Samlet', 'Nettoresultat')).toBe('Samlet nettoresultat');
    expect(totalPhrase('Total', 'Nettoresultat')).toBe('Total nettoresultat');
    expect(totalPhrase('Sum', 'Nettoresultat')).toBe('Nettoresultat (sum)');
  });
});
