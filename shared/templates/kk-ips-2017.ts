/**
 * Københavns Kommune, business case "Idriftsættelse af IPS" (seed 001): table 1.1 with permanent
 * changes and implementation costs, and Tabel 1-3 as views of the same case.
 */
import type { CaseSpec } from './builder';

const REDUCED = 'Reducerede ydelsesudgift i forbindelse med kortere ledighed';
const OUTREACH = 'Virksomhedsopsøgende arbejde';
const TEAM = 'Idriftsættelse af IPS-team';

export const kkIps2017: CaseSpec = {
  meta: {
    title: 'Idriftsættelse af Individuelt Planlagt job med Støtte (IPS)',
    summary:
      'Ved at tilknytte en IPS-konsulent til borgere med psykiske lidelser, vurderes det, at disse borgere har større chance for at komme i uddannelse eller beskæftigelse end med den normale indsats.',
    administration: 'Beskæftigelses- og Integrationsforvaltningen',
    committee: 'Beskæftigelses- og Integrationsudvalget',
  },
  unit: '1000 kr',
  decimals: 0,
  priceLevel: '2017 p/l',
  axis: { firstYear: 2017, count: 4, labelStyle: 'year', relativeFirstYear: 2017 },
  result: { row: 'Samlet økonomisk påvirkning', convention: 'expensePositive' },
  sections: [
    {
      label: 'Varige ændringer',
      rows: [
        {
          label: REDUCED,
          kind: 'input',
          classification: { styringsomraade: 'Overførsler', bucket: 'besparelse' },
          cells: { 2017: '-5000000', 2018: '-5500000', 2019: '-1000000', 2020: '-1000000' },
        },
        { label: 'Samlet varig ændring', kind: 'subtotal', all: "=SUM('Varige ændringer')" },
      ],
    },
    {
      label: 'Implementeringsomkostninger',
      rows: [
        { label: OUTREACH, kind: 'input', classification: { styringsomraade: 'Service', bucket: 'investering' }, cells: { 2017: '1000000', 2018: '1000000' } },
        {
          label: TEAM,
          kind: 'input',
          classification: { styringsomraade: 'Overførsler (EI)', bucket: 'investering' },
          cells: { 2017: '1750000', 2018: '2500000' },
        },
        { label: 'Samlede implementeringsomkostninger', kind: 'subtotal', all: '=SUM(Implementeringsomkostninger)' },
        { label: 'Investeringer totalt, service', kind: 'subtotal', all: `='${OUTREACH}'` },
        { label: 'Investeringer totalt, overførsler', kind: 'subtotal', all: `='${TEAM}'` },
      ],
    },
    {
      label: 'Samlet',
      rows: [{ label: 'Samlet økonomisk påvirkning', kind: 'result', all: "='Samlet varig ændring' + 'Samlede implementeringsomkostninger'" }],
    },
  ],
  views: [
    {
      title: '1.1 Forslagets samlede økonomiske konsekvenser',
      rows: [REDUCED, 'Samlet varig ændring', OUTREACH, TEAM, 'Samlede implementeringsomkostninger', 'Samlet økonomisk påvirkning'],
      from: 2017,
      to: 2020,
      classificationColumns: ['styringsomraade'],
      totalLabel: '',
    },
    {
      title: 'Tabel 1. Varige ændringer, overførsler',
      rows: [REDUCED, 'Samlet varig ændring'],
      from: 2017,
      to: 2020,
      totalLabel: '',
      rowLabels: { 'Samlet varig ændring': 'Varige ændringer totalt, overførsler' },
    },
    { title: 'Tabel 2. Serviceinvesteringer i forslaget', rows: [OUTREACH, 'Investeringer totalt, service'], from: 2017, to: 2020, totalLabel: 'I alt' },
    {
      title: 'Tabel 3. Overførselsinvesteringer (efterspørgselsstyret indsats) i forslaget',
      rows: [TEAM, 'Investeringer totalt, overførsler'],
      from: 2017,
      to: 2020,
      totalLabel: 'I alt',
      // The source prints "service" here although the table is about transfers; a view keeps the source's words.
      rowLabels: { 'Investeringer totalt, overførsler': 'Investeringer totalt, service' },
    },
  ],
};
