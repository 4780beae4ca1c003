/**
 * Cases for the export tests: every template, and one case that uses every part of the formula
 * language the translation handles (constants on the other sheet, per-year drivers, PREV before
 * the first year, CUMSUM of a row and of an expression, a year and a range of years, a section
 * whose line items are split by a note, IF/AND/OR/ABS/ROUND/MIN/MAX/NPV, percent), classified
 * rows for "Fordeling", labels that look like formulas, and a table view over three of the years
 * (År n) in its own unit with a constant, a driver, a note, empty cells and relabelled rows.
 */
import { listTemplates, templateCase } from '../../../../shared/templates/index';
import { buildCase } from '../../../../shared/templates/builder';
import type { Case } from '../../../../shared/model/case';

const SERVICE_U = { udvalg: 'BIU', styringsomraade: 'Service', iu: 'U' as const };

export function formulaTourCase(): Case {
  const c = buildCase({
    meta: { title: 'Formler & tekster', summary: '=SUM(A1:A3) er en tekst, ikke en formel', caseNumber: '+45 1234', committee: '@udvalg', date: '2024-03-01' },
    unit: '1000 kr',
    decimals: 1,
    priceLevel: '2024 p/l',
    axis: { firstYear: 2024, count: 5, labelStyle: 'relative', relativeFirstYear: 2024 },
    result: { row: 'Resultat', convention: 'expensePositive' },
    sections: [
      {
        label: 'Forudsætninger',
        rows: [
          { label: 'Pris', kind: 'driver', constant: true, driverFormat: 'kr', all: '1500.5' },
          { label: 'Andel', kind: 'driver', constant: true, driverFormat: 'percent', all: '0.25' },
          { label: 'Antal', kind: 'driver', driverFormat: 'number', cells: { 2024: '10', 2025: '12', 2026: '14', 2027: '16', 2028: '18' } },
          { label: 'Nutidsværdi af løn', kind: 'formula', constant: true, all: '=NPV(0.05, Løn[2024:2028])' },
        ],
      },
      {
        label: 'Udgifter',
        rows: [
          { label: 'Løn', kind: 'input', classification: SERVICE_U, cells: { 2024: '250000', 2025: '260000.25', 2026: '270000', 2027: '280000', 2028: '290000' } },
          { label: 'Køb', kind: 'formula', classification: SERVICE_U, all: '=Antal * Pris' },
          { label: '=SUM(A1) er en note', kind: 'note' },
          { label: 'Husleje', kind: 'formula', classification: { udvalg: 'ØU', styringsomraade: 'Anlæg', iu: 'U' }, all: '=PREV(Husleje) * 1.02 + IF(PREV(Husleje) = 0, 50000, 0)' },
          { label: 'Udgifter i alt', kind: 'subtotal', all: '=SUM(Udgifter)' },
        ],
      },
      {
        label: '-Indtægter',
        rows: [
          { label: 'Refusion', kind: 'formula', classification: { udvalg: 'BIU', styringsomraade: 'Overførsler', iu: 'I' }, all: "=-ROUND('Udgifter i alt' * Andel, -2)" },
          { label: '+Tilskud', kind: 'input', classification: { udvalg: 'BIU', styringsomraade: 'Overførsler', iu: 'I' }, cells: { 2024: '=-Løn[2024] * 10%' } },
        ],
      },
      {
        label: '@Beregninger',
        rows: [
          { label: 'Akkumuleret tilskud', kind: 'formula', all: "=CUMSUM('+Tilskud')" },
          { label: 'Akkumuleret forskel', kind: 'formula', all: '=CUMSUM(Løn - Køb)' },
          { label: 'Spænd', kind: 'formula', all: '=MAX(Løn[2024:2026]) - MIN(Løn, Køb)' },
          { label: 'Flag', kind: 'formula', all: '=IF(AND(Løn > 0, OR(Køb > 20000, FALSE)), ABS(-1), 0)' },
          { label: 'Vækst', kind: 'formula', all: '=IF(PREV(Løn) = 0, 0, Løn / PREV(Løn) - 1)' },
        ],
      },
      {
        label: 'Resultat',
        rows: [{ label: 'Resultat', kind: 'result', all: "='Udgifter i alt' + SUM('-Indtægter') - 500000" }],
      },
    ],
    views: [
      {
        title: '=Tabel A med tekst',
        rows: ['Pris', 'Antal', 'Løn', '=SUM(A1) er en note', '+Tilskud', 'Udgifter i alt', 'Refusion', 'Resultat'],
        from: 2025,
        to: 2027,
        periodLabels: 'relative',
        classificationColumns: ['udvalg', 'iu'],
        totalLabel: '-I alt',
        rowLabels: { Løn: '@Løn', 'Udgifter i alt': '=Udgifter' },
      },
    ],
  });
  // A view in its own unit: amounts in mio. kr. where the case counts in 1.000 kr.
  c.views[0]!.unit = 'mio kr';
  return c;
}

/** Every template and the formula tour, by name. */
export function exportCases(): Array<{ name: string; case: Case }> {
  return [
    ...listTemplates().map((t) => ({ name: t.id, case: templateCase(t.id)! })),
    { name: 'formula-tour', case: formulaTourCase() },
  ];
}
