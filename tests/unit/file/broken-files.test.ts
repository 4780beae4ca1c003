/**
 * One test per kind of broken file: each must give one Danish sentence that names the problem
 * and, inside the case, the path to it (with the row's label where there is one).
 */
import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../../shared/file/load';
import { arrayAt, fileJson, objectAt, type Json } from './file-text';
import { richCase } from './rich-case';

function errorOf(text: string): string {
  const result = loadCaseFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error).toMatch(/\.$/);
  return result.error;
}

/** The rich case's file after `edit` changed it. */
function broken(edit: (file: { [key: string]: Json }) => void): string {
  const file = fileJson(richCase());
  edit(file);
  return JSON.stringify(file, null, 2);
}

describe('a file that is not a Budgetnotat file', () => {
  it('reports text that is not JSON, with the line and column of the fault', () => {
    expect(errorOf('{\n  "format": "budgetnotat",\n  "version": 1,,\n  "case": {}\n}'))
      .toBe('Filen kan ikke læses: den er ikke gyldig JSON og er måske beskadiget; fejlen står i linje 3, kolonne 16, ved ",".');
  });

  it('reports a file that stops early (cut short, or not saved to the end)', () => {
    expect(errorOf('{"format": "budgetnotat",\n"version": 1, "case": {')).toBe('Filen kan ikke læses: den slutter midt i sagen (efter linje 2); den er måske afkortet eller ikke gemt færdig.');
  });

  it('reports an empty file', () => {
    expect(errorOf('  \n')).toMatch(/filen er tom/);
  });

  it.each([['[]', 'en liste'], ['42', 'tallet 42'], ['null', 'null'], ['"budgetnotat"', 'teksten']])('reports JSON that is not an object: %s', (text, found) => {
    const error = errorOf(text);
    expect(error).toMatch(/ikke en Budgetnotat-fil/);
    expect(error).toContain(found);
  });

  it('reports a wrong or missing format', () => {
    expect(errorOf(broken((f) => { f.format = 'excel'; }))).toMatch(/ikke en Budgetnotat-fil: feltet format skal være "budgetnotat", men er teksten "excel"/);
    expect(errorOf(broken((f) => { delete f.format; }))).toBe('Filen er ikke en Budgetnotat-fil: feltet format mangler.');
  });
});

describe('the version', () => {
  it('refuses a file from a newer Budgetnotat and says so', () => {
    const error = errorOf(broken((f) => { f.version = 2; }));
    expect(error).toMatch(/nyere Budgetnotat/);
    expect(error).toContain('filformat 2');
  });

  it.each([['"1"', 'teksten "1"'], ['1.5', 'tallet 1.5'], ['1e400', 'tallet Infinity']])('refuses a version that is not a whole number: %s', (version, found) => {
    const error = errorOf(broken((f) => { delete f.version; }).replace('{', `{"version": ${version},`));
    expect(error).toMatch(/version skal være et heltal/);
    expect(error).toContain(found);
  });

  it('refuses a file without a version', () => {
    expect(errorOf(broken((f) => { delete f.version; }))).toBe('Filen kan ikke læses: feltet version mangler.');
  });

  it('refuses a version older than any there has been', () => {
    expect(errorOf(broken((f) => { f.version = -1; }))).toMatch(/filformat -1 findes ikke/);
  });
});

describe('a field that is missing', () => {
  it('names a missing field of the metadata', () => {
    expect(errorOf(broken((f) => { delete objectAt(f, 'case', 'meta').title; }))).toBe('Filen kan ikke læses: meta.title mangler.');
  });

  it('names a missing field of a row, with the row', () => {
    expect(errorOf(broken((f) => { delete objectAt(f, 'case', 'sections', 1, 'rows', 0).kind; })))
      .toBe('Filen kan ikke læses: sections[1].rows[0].kind (rækken "Løn til vejledere") mangler.');
  });

  it('says "mangler" for a missing amount too, not that it has the wrong form', () => {
    expect(errorOf(broken((f) => { delete objectAt(f, 'case').discountRate; }))).toBe('Filen kan ikke læses: discountRate mangler.');
  });

  it('names a missing case', () => {
    expect(errorOf(broken((f) => { delete f.case; }))).toMatch(/sagen \(feltet case\) mangler/);
  });

  it('refuses a case without sections', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case').sections = []; }))).toMatch(/^Filen kan ikke læses: sections skal have mindst ét afsnit/);
  });
});

describe('a value of the wrong type or form', () => {
  it('gives the path deep inside a row, with the row label', () => {
    const error = errorOf(broken((f) => { objectAt(f, 'case', 'sections', 1, 'rows', 1, 'classification').iu = 'X'; }));
    expect(error).toBe('Filen kan ikke læses: sections[1].rows[1].classification.iu (rækken "Medfinansiering (indsatsbudget CAB)") skal være en af "I", "U", men er teksten "X".');
  });

  it('names a table by its title', () => {
    const error = errorOf(broken((f) => { objectAt(f, 'case', 'views', 1).periodLabels = 'month'; }));
    expect(error).toMatch(/^Filen kan ikke læses: views\[1\]\.periodLabels \(tabellen "Tabel 2\. Bevillingstekniske oplysninger"\) skal være en af "year", "relative"/);
  });

  it('refuses a unit it does not know', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case').unit = 'kroner'; }))).toMatch(/unit skal være en af "kr", "1000 kr", "mio kr", men er teksten "kroner"/);
  });

  it.each([
    [0, 'skal være mindst 1'],
    [201, 'må højst være 200'],
    [2.5, 'skal være et heltal'],
  ])('refuses a period count of %s', (count, message) => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'axis').count = count; }))).toContain(`axis.count ${message}`);
  });

  it('refuses more than 6 decimals', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case').decimals = 7; }))).toMatch(/decimals må højst være 6/);
  });

  it('refuses a date that is not an ISO date', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'meta').date = '31-08-2022'; }))).toMatch(/meta\.date skal være en dato som "2024-03-31" eller tom/);
  });

  it('refuses a field the format does not have', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'sections', 0, 'rows', 1).colour = 'red'; })))
      .toBe('Filen kan ikke læses: sections[0].rows[1] (rækken "Månedsløn") har et ukendt felt "colour".');
  });

  it('refuses a stated payback that is not whole years or "-"', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'statedKeyFigures').paybackTotal = '2,5'; })))
      .toMatch(/^Filen kan ikke læses: statedKeyFigures\.paybackTotal skal være et antal år som "3" eller "-", men er teksten "2,5"/);
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'statedKeyFigures').npv = '3'; }))).toMatch(/statedKeyFigures har et ukendt felt "npv"/);
  });

  it('loads an older file without stated key figures as a case without them', () => {
    const result = loadCaseFile(broken((f) => { delete objectAt(f, 'case').statedKeyFigures; }));
    if (!result.ok) throw new Error(result.error);
    expect(result.case).not.toHaveProperty('statedKeyFigures');
    expect(result.case.views).toHaveLength(2);
  });

  it('says how many more problems there are', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case').unit = 'x'; objectAt(f, 'case').decimals = -1; }))).toMatch(/\(og 1 fejl mere\)\.$/);
  });
});

describe('an amount', () => {
  it('refuses a JSON number in a cell and says a decimal string is wanted', () => {
    const error = errorOf(broken((f) => { arrayAt(f, 'case', 'sections', 1, 'rows', 1, 'cells')[1] = { value: 12.5 }; }));
    expect(error).toBe('Filen kan ikke læses: sections[1].rows[1].cells[1].value (rækken "Medfinansiering (indsatsbudget CAB)") skal være et decimaltal skrevet som tekst, f.eks. "-1234.5", men er tallet 12.5.');
  });

  it('refuses a JSON number as a stated total and as the discount rate', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'sections', 1, 'rows', 0, 'stated').total = 4797000; })))
      .toMatch(/sections\[1\]\.rows\[0\]\.stated\.total \(rækken "Løn til vejledere"\) skal være et decimaltal skrevet som tekst.*tallet 4797000/);
    expect(errorOf(broken((f) => { objectAt(f, 'case').discountRate = 0.035; }))).toMatch(/discountRate skal være et decimaltal.*tallet 0\.035/);
  });

  it.each(['1e3', '1.000.000', '12,5', ' 5', 'NaN', 'Infinity', '', '+5', '.5'])('refuses the text %j as an amount', (text) => {
    expect(errorOf(broken((f) => { arrayAt(f, 'case', 'sections', 1, 'rows', 1, 'cells')[0] = { value: text }; })))
      .toMatch(/^Filen kan ikke læses: sections\[1\]\.rows\[1\]\.cells\[0\]\.value .* skal være et decimaltal som "-1234\.5"/);
  });
});

describe('a cell', () => {
  it.each([
    ['5', 5, 'tallet 5'],
    ['{}', {}, 'et objekt'],
    ['both a value and a formula', { value: '1', formula: '=1' }, 'et objekt'],
    ['a string', '100', 'teksten "100"'],
  ])('refuses %s as a cell', (_, cell, found) => {
    const error = errorOf(broken((f) => { arrayAt(f, 'case', 'sections', 2, 'rows', 0, 'cells')[2] = cell; }));
    expect(error).toBe(`Filen kan ikke læses: sections[2].rows[0].cells[2] (rækken "Besparelse") skal være null, { "value": "…" } eller { "formula": "=…" }, men er ${found}.`);
  });

  it('refuses a formula that does not begin with "="', () => {
    expect(errorOf(broken((f) => { arrayAt(f, 'case', 'sections', 2, 'rows', 0, 'cells')[1] = { formula: 'SUM({s2})' }; })))
      .toMatch(/cells\[1\]\.formula \(rækken "Besparelse"\) skal være en formel, der begynder med "="/);
  });
});

describe('the cell count', () => {
  it('refuses a row with fewer cells than periods', () => {
    expect(errorOf(broken((f) => { arrayAt(f, 'case', 'sections', 1, 'rows', 0, 'cells').pop(); })))
      .toBe('Filen kan ikke læses: sections[1].rows[0].cells (rækken "Løn til vejledere") har 3 celler, men skal have 4, én pr. periode (axis.count er 4).');
  });

  it('refuses a constant row with more than one cell', () => {
    expect(errorOf(broken((f) => { arrayAt(f, 'case', 'sections', 0, 'rows', 1, 'cells').push(null); })))
      .toMatch(/sections\[0\]\.rows\[1\]\.cells \(rækken "Månedsløn"\) har 2 celler, men en konstant række/);
  });

  it('refuses rows that no longer fit a changed axis', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'axis').count = 5; }))).toMatch(/har 4 celler, men skal have 5/);
  });
});

describe('ids and references', () => {
  it('refuses two rows with the same id and says where the first is', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'sections', 2, 'rows', 1).id = 'r4'; })))
      .toMatch(/^Filen kan ikke læses: sections\[2\]\.rows\[1\]\.id \(rækken "Resultat"\) er "r4", som også bruges af sections\[1\]\.rows\[0\]\.id; række- og afsnits-id'er skal være entydige/);
  });

  it('refuses a section whose id a row also has', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'sections', 2).id = 'r1'; }))).toMatch(/sections\[2\]\.id \(afsnittet "Resultat"\) er "r1", som også bruges af sections\[0\]\.rows\[0\]\.id/);
  });

  it('refuses two tables with the same id', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'views', 1).id = 'v1'; }))).toMatch(/views\[1\]\.id .* tabel-id'er skal være entydige/);
  });

  it('refuses an id that cannot be written in a formula', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'sections', 0, 'rows', 0).id = 'r}1'; }))).toMatch(/sections\[0\]\.rows\[0\]\.id \(rækken "Vejledere"\) skal være et id/);
  });

  it('refuses a result row that does not exist', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'result').rowId = 'r99'; }))).toBe('Filen kan ikke læses: result.rowId er "r99", men der findes ingen række med det id.');
  });

  it('refuses a section id as the result row', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'result').rowId = 's1'; }))).toMatch(/result\.rowId er "s1", men der findes ingen række/);
  });

  it('refuses a table that shows a row that does not exist', () => {
    expect(errorOf(broken((f) => { arrayAt(f, 'case', 'views', 0, 'rowIds')[1] = 'r42'; })))
      .toBe('Filen kan ikke læses: views[0].rowIds[1] (tabellen "Tabel 1") er "r42", men der findes ingen række med det id.');
  });

  it('refuses a table row label for a row that does not exist', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'views', 1, 'rowLabels').r42 = 'X'; }))).toMatch(/views\[1\]\.rowLabels\.r42 .* række, der ikke findes/);
  });

  it('refuses a table whose periods lie off the axis or run backwards', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'views', 0).toPeriod = 4; }))).toMatch(/views\[0\]\.toPeriod .* er 4, men aksen har kun perioderne 0 til 3/);
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'views', 1).fromPeriod = 3; }))).toMatch(/views\[1\]\.fromPeriod .* ligger efter toPeriod \(2\)/);
  });

  it('refuses a stated figure for a period off the axis', () => {
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'sections', 1, 'rows', 0, 'stated', 'values')['7'] = '1'; })))
      .toMatch(/sections\[1\]\.rows\[0\]\.stated\.values\["7"\] \(rækken "Løn til vejledere"\) henviser til periode 7/);
    expect(errorOf(broken((f) => { objectAt(f, 'case', 'sections', 1, 'rows', 0, 'stated', 'values')['2022'] = '1'; }))).toMatch(/stated\.values\["2022"\]/);
  });
});

describe('a hostile file', () => {
  it('is refused, not obeyed, when it smuggles __proto__', () => {
    const text = broken(() => undefined).replace('"meta": {', '"__proto__": { "polluted": true }, "meta": {');
    const result = loadCaseFile(text);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.case)).toBe(Object.prototype);
  });

  it('answers deeply nested JSON with a message', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(loadCaseFile(`{"format":"budgetnotat","version":1,"case":${deep}}`)).toEqual({ ok: false, error: expect.stringMatching(/sagen \(feltet case\) skal være et objekt, men er en liste/) });
  });
});
