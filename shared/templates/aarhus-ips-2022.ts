/**
 * Aarhus Kommune, investment project "Din vej i job (udvidet IPS-indsats)" (seed 002): the budget per
 * vejleder by month, the business case År 1-7 (År 1 = 2023), the result-based payment split, Bilag B
 * and the payment plan (yearly sums of its quarterly amounts). The axis starts in 2022 because the
 * first payment falls in December 2022.
 */
import type { CaseSpec, RowSpec } from './builder';

const kr = (label: string, value: string): RowSpec => ({ label, kind: 'driver', constant: true, driverFormat: 'kr', all: value });
const count = (label: string, value: string, unitText?: string): RowSpec => ({ label, kind: 'driver', constant: true, driverFormat: 'number', all: value, ...(unitText ? { unitText } : {}) });

const SHARES: Array<[string, string, string]> = [
  ['Indkomstoverførsler', '0.45', 'Ikke-decentraliserede område'],
  ['Vejledning og opkvalificering', '0.10', 'Sociale Forhold og Beskæftigelse'],
  ['Mindreindsats', '0.20', 'Sociale Forhold og Beskæftigelse'],
  ['Kommunal medfinansiering af Region', '0.25', 'Outcomefond'],
];

const BUDGET_LINES: Array<[string, string]> = [
  ['Løn, pension, aub, aes, forsikring m.v.', '44000'],
  ['Kørsel', '3000'],
  ['Projektledelse/administration/kontorhold', '6500'],
  ['Uddannelse/supervision/ledelsessparring', '4500'],
  ['Pårørende/frivilligstøtte', '3500'],
];

const quoted = (label: string) => `'${label}'`;
const PER_MONTH = 'Omkostning for én vejleder pr. måned';
const ONE_YEAR = 'Samlet omkostning for to vejledere i 1 år';
const GRANT = 'Tilskud fra Rådet for Sociale Investeringer';

export const aarhusIps2022: CaseSpec = {
  meta: {
    title: 'Din vej i job (udvidet IPS-indsats)',
    summary:
      'Socialt investeringsprojekt: to vejledere fra IPSCenter Danmark og SIND Erhverv hjælper ca. 60 borgere med psykiske lidelser eller sårbarhed i job eller uddannelse. Rådet for Sociale Investeringer yder et betinget tilskud på 2.952.000 kr., som tilbagebetales med 17.000 kr. pr. succes.',
    administration: 'Sociale Forhold og Beskæftigelse',
    date: '2022-11-08',
  },
  unit: '1000 kr',
  decimals: 0,
  priceLevel: '',
  axis: { firstYear: 2022, count: 9, labelStyle: 'year', relativeFirstYear: 2023 },
  result: { row: 'Provenu', convention: 'gainPositive' },
  sections: [
    {
      label: 'Budget pr. vejleder pr. måned',
      rows: [
        ...BUDGET_LINES.map(([label, value]) => kr(label, value)),
        { ...kr(PER_MONTH, `=SUM(${BUDGET_LINES.map(([l]) => quoted(l)).join(', ')})`) },
        count('Antal vejledere', '2'),
        count('Måneder pr. år', '12', 'måneder'),
        count('Projektperiode i år', '2', 'år'),
        kr(ONE_YEAR, `='Antal vejledere' * '${PER_MONTH}' * 'Måneder pr. år'`),
        kr('Samlet omkostning for to vejledere i 2 år', `='${ONE_YEAR}' * 'Projektperiode i år'`),
      ],
    },
    {
      label: 'Resultatbetaling',
      rows: [
        kr('Betaling pr. succes', '17000'),
        ...SHARES.flatMap(([area, share, responsible]): RowSpec[] => [
          { label: `${area}, andel`, kind: 'driver', constant: true, driverFormat: 'percent', all: share, note: `Ansvarlig for tilbagebetaling: ${responsible}` },
          kr(`${area}, beløb`, `='Betaling pr. succes' * '${area}, andel'`),
        ]),
        { label: 'Andele i alt', kind: 'driver', constant: true, driverFormat: 'percent', all: `=SUM(${SHARES.map(([a]) => quoted(`${a}, andel`)).join(', ')})` },
      ],
    },
    {
      label: 'Business case',
      rows: [
        { label: 'Investering', kind: 'formula', classification: { bucket: 'investering' }, cells: { 2023: `='${ONE_YEAR}'`, 2024: `='${ONE_YEAR}'` } },
        {
          label: 'Besparelse',
          kind: 'input',
          classification: { bucket: 'besparelse' },
          cells: { 2023: '641000', 2024: '784000', 2025: '468000', 2026: '396000', 2027: '348000', 2028: '356000', 2029: '324000' },
        },
        // Derived in every year of the axis, like every result (0 outside År 1-7).
        { label: 'Provenu', kind: 'result', all: '=Besparelse - Investering' },
      ],
    },
    {
      label: 'Bilag B – betalingsstrømme ved forventede succesrater',
      rows: [
        { label: 'Udgift', kind: 'formula', cells: { 2023: '=-Investering', 2024: '=-Investering' } },
        {
          label: 'Indtægt',
          kind: 'input',
          cells: { 2024: '326000', 2025: '490000', 2026: '490000', 2027: '490000', 2028: '490000', 2029: '490000', 2030: '490000' },
          // Bilag B states I alt 3.264 where its shown values sum to 3.266: kept, and reported.
          stated: { total: '3264000' },
        },
        { label: 'Balance', kind: 'subtotal', all: '=Udgift + Indtægt', stated: { total: '312000' } },
      ],
    },
    {
      label: 'Udbetalingsplan',
      rows: [
        {
          label: GRANT,
          kind: 'input',
          note: 'December 2022: 123.000; 2023: fire kvartaler à 369.000; 2024: tre kvartaler à 369.000 og oktober 246.000.',
          cells: { 2022: '123000', 2023: '=4 * 369000', 2024: '=3 * 369000 + 246000' },
        },
        kr('Udbetalt i alt', `=SUM('${GRANT}'[2022:2024])`),
      ],
    },
  ],
  views: [
    { title: 'Business case', rows: ['Investering', 'Besparelse', 'Provenu'], from: 2023, to: 2029, periodLabels: 'relative', totalLabel: 'Total' },
    {
      title: 'Bilag B Eksempelberegning på betalingsstrømme ved forventede succesrater',
      rows: ['Udgift', 'Indtægt', 'Balance'],
      from: 2023,
      to: 2030,
      totalLabel: 'I alt',
    },
    { title: 'Udbetalingsplan', rows: [GRANT], from: 2022, to: 2024, totalLabel: 'I alt' },
  ],
};
