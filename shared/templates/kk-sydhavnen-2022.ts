/** Københavns Kommune, BI14 "Fremskudt beskæftigelsesindsats i Sydhavnen (IPS)" (seed 003): Tabel 2 and 3. */
import type { CaseSpec } from './builder';

const BIF = 'IPS-konsulenter (BIF)';
const SOF = 'Misbrugsbehandling og 1 misbrugskonsulent (SOF)';

export const kkSydhavnen2022: CaseSpec = {
  meta: {
    title: 'BI14 - Fremskudt beskæftigelsesindsats i Sydhavnen (IPS)',
    summary:
      'Videreførelse af IPS-indsatsen i Sydhavnen for aktivitetsparate borgere (+30 år) med rusmiddelproblematikker: tre fremskudte IPS-konsulenter og en medarbejder fra Socialforvaltningen, 2022-2025.',
    administration: 'Beskæftigelses- og Integrationsforvaltningen',
    committee: 'Beskæftigelses- og Integrationsudvalget',
  },
  unit: '1000 kr',
  decimals: 0,
  priceLevel: '2022 p/l',
  axis: { firstYear: 2022, count: 4, labelStyle: 'year', relativeFirstYear: 2022 },
  result: { row: 'Udgifter i alt (netto)', convention: 'expensePositive' },
  sections: [
    {
      label: 'Aktiviteter i forslaget',
      rows: [
        {
          label: BIF,
          kind: 'input',
          classification: { styringsomraade: 'Service', udvalg: 'BIU', bevilling: '35.10', iu: 'U', bucket: 'investering' },
          all: '1874000',
        },
        {
          label: SOF,
          kind: 'input',
          classification: { styringsomraade: 'Service', udvalg: 'SUD', bevilling: '32.10', iu: 'U', bucket: 'investering' },
          all: '630000',
        },
        { label: 'Udgifter i alt (netto)', kind: 'result', all: "=SUM('Aktiviteter i forslaget')" },
      ],
    },
  ],
  views: [
    {
      title: 'Tabel 2 - Oversigt over ønskets aktiviteter på alle styringsområder',
      rows: [BIF, SOF, 'Udgifter i alt (netto)'],
      from: 2022,
      to: 2025,
      classificationColumns: ['styringsomraade'],
      totalLabel: 'I alt',
    },
    {
      title: 'Tabel 3 - Udgifter til service',
      rows: [BIF, SOF, 'Udgifter i alt (netto)'],
      from: 2022,
      to: 2025,
      classificationColumns: ['udvalg', 'bevilling', 'iu'],
      totalLabel: 'I alt',
      rowLabels: {
        [BIF]: '3 IPS-konsulenter (BIF)',
        [SOF]: 'Misbrugsbehandling og fremskudt misbrugskonsulent (SOF)',
        'Udgifter i alt (netto)': 'Udgifter i alt',
      },
    },
  ],
};
