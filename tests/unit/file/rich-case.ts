/**
 * A hand-built case that uses every field of the model at least once: both scopes, every row
 * kind, classification, stated figures, notes, driver formats and two views, one with its own
 * row labels and unit. Written as a literal so that a field the file drops shows up in a diff.
 */
import type { Case } from '../../../shared/model/case';
import { rowId, sectionId } from '../../../shared/model/ids';

export function richCase(): Case {
  return {
    meta: {
      title: 'IPS-forløb for borgere i ressourceforløb',
      summary: 'Investering i 2 IPS-vejledere; besparelse på forsørgelse fra 2024.',
      administration: 'Beskæftigelses- og Integrationsforvaltningen',
      committee: 'Beskæftigelses- og Integrationsudvalget',
      caseNumber: '2022-0123456',
      date: '2022-08-31',
      author: 'Økonomikontoret',
    },
    unit: '1000 kr',
    decimals: 1,
    priceLevel: '2022 p/l',
    axis: { firstYear: 2022, count: 4, labelStyle: 'relative', relativeFirstYear: 2022 },
    sections: [
      {
        id: sectionId('s1'),
        label: 'Forudsætninger',
        rows: [
          { id: rowId('r1'), label: 'Vejledere', kind: 'driver', scope: 'period', classification: {}, driverFormat: 'number', cells: [{ value: '2' }, { value: '2' }, { value: '2.5' }, null] },
          { id: rowId('r2'), label: 'Månedsløn', kind: 'driver', scope: 'constant', classification: {}, driverFormat: 'kr', unitText: 'kr. pr. måned', cells: [{ value: '61500' }], note: 'Inkl. pension' },
          { id: rowId('r3'), label: 'Successer', kind: 'driver', scope: 'period', classification: {}, driverFormat: 'percent', cells: [{ value: '0.45' }, { value: '0.45' }, { value: '0.5' }, { value: '0.5' }] },
        ],
      },
      {
        id: sectionId('s2'),
        label: 'Investering',
        rows: [
          {
            id: rowId('r4'), label: 'Løn til vejledere', kind: 'formula', scope: 'period',
            classification: { styringsomraade: 'Service', udvalg: 'BIU', bevilling: '35.10', iu: 'U', bucket: 'investering' },
            cells: [{ formula: '={r1} * {r2} * 12' }, { formula: '={r1} * {r2} * 12' }, { formula: '={r1} * {r2} * 12' }, null],
            stated: { values: { '0': '1476000', '1': '1476000' }, total: '4797000' },
          },
          {
            id: rowId('r5'), label: 'Medfinansiering (indsatsbudget CAB)', kind: 'input', scope: 'period',
            classification: { styringsomraade: 'Overførsler (EI)', iu: 'I', bucket: 'medfinansiering' },
            cells: [{ value: '-250000' }, { value: '-250000.5' }, null, null],
          },
          { id: rowId('r6'), label: 'Investering i alt', kind: 'subtotal', scope: 'period', classification: {}, cells: Array.from({ length: 4 }, () => ({ formula: '=SUM({s2})' })) },
        ],
      },
      {
        id: sectionId('s3'),
        label: 'Resultat',
        rows: [
          {
            id: rowId('r7'), label: 'Besparelse', kind: 'formula', scope: 'period', classification: { bucket: 'besparelse' },
            cells: [null, { formula: '=-PREV({r3}) * 17000' }, { formula: '=-PREV({r3}) * 17000' }, { formula: '=ROUND(-PREV({r3}) * 17000, 0)' }],
          },
          { id: rowId('r8'), label: 'Resultat', kind: 'result', scope: 'period', classification: {}, cells: Array.from({ length: 4 }, () => ({ formula: '={r6} + {r7}' })), stated: { total: '-12.5' } },
          { id: rowId('r9'), label: 'Bemærkning', kind: 'note', scope: 'period', classification: {}, cells: [null, null, null, null], note: 'Tal fra "Bilag B"' },
        ],
      },
    ],
    result: { rowId: rowId('r8'), convention: 'gainPositive' },
    discountRate: '0.04',
    views: [
      { id: 'v1', title: 'Tabel 1', rowIds: [rowId('r4'), rowId('r5'), rowId('r8')], fromPeriod: 0, toPeriod: 3, periodLabels: 'year', classificationColumns: [], totalLabel: 'I alt' },
      {
        id: 'v2', title: 'Tabel 2. Bevillingstekniske oplysninger', rowIds: [rowId('r4'), rowId('r5')], fromPeriod: 1, toPeriod: 2, periodLabels: 'relative',
        classificationColumns: ['udvalg', 'bevilling', 'iu'], totalLabel: 'Samlet', rowLabels: { r5: 'Medfinansiering' }, unit: 'mio kr',
      },
    ],
    statedKeyFigures: { paybackTotal: '6', paybackService: '-' },
  };
}
