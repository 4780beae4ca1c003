/** Review of issue 10 (minor): a row name with a space, typed without quotes, gets a hint to quote it. */
import { describe, expect, it } from 'vitest';
import { parseCellInput } from '../../../shared/model/cell-input';
import { allRows } from '../../../shared/model/rows';
import { templateCase } from '../../../shared/templates';

describe('a name with a space, typed without quotes', () => {
  const kk = templateCase('kk-ips-2017')!;
  const row = allRows(kk).find((r) => r.kind === 'input')!;

  it("names the row and shows it in apostrophes, as the formula printer writes it", () => {
    expect(parseCellInput('=SUM(Samlet økonomisk påvirkning) * 2', row, kk)).toEqual({
      ok: false,
      message: "Formlen kan ikke læses: Forventede \")\"; skriv navne med mellemrum i apostroffer: 'Samlet økonomisk påvirkning'.",
    });
  });

  it('is taken once quoted', () => {
    expect(parseCellInput("=SUM('Samlet økonomisk påvirkning') * 2", row, kk).ok).toBe(true);
  });

  it('gives the general hint for two words side by side that are no row', () => {
    const got = parseCellInput('=Ny post * 2', row, kk);
    expect(got.ok === false && got.message).toMatch(/apostroffer, fx 'Samlet varig ændring'\.$/);
  });

  it('gives no hint for a refusal that has nothing to do with names', () => {
    const got = parseCellInput('=MAX(1,5)', row, kk);
    expect(got.ok === false && got.message).not.toMatch(/apostroffer/);
  });
});
