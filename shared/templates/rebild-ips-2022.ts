/** Rebild Kommune, "Budgetnotat 2022 – IPS-forløb" (seed 000): Investering, Medfinansiering, Besparelse, Resultat. */
import type { CaseSpec } from './builder';

export const rebildIps2022: CaseSpec = {
  meta: {
    title: 'Budgetnotat 2022 – IPS-forløb',
    summary:
      'Investering i et særligt beskæftigelsesrettet forløb efter IPS-konceptet for ca. 15 personer med en psykisk diagnose eller sårbarhed. Merudgiften på 0,25 mio. kr. medfinansieres inden for det nuværende indsatsbudget.',
    committee: 'Arbejdsmarkedsudvalget',
  },
  unit: 'mio kr',
  decimals: 2,
  priceLevel: '',
  axis: { firstYear: 2022, count: 4, labelStyle: 'year', relativeFirstYear: 2022 },
  result: { row: 'Resultat', convention: 'expensePositive' },
  sections: [
    {
      label: 'Økonomi',
      rows: [
        { label: 'Investering', kind: 'input', classification: { bucket: 'investering' }, cells: { 2022: '1000000', 2023: '150000' } },
        {
          label: 'Medfinansiering (indsatsbudget CAB)',
          kind: 'input',
          classification: { bucket: 'medfinansiering' },
          cells: { 2022: '180000', 2023: '70000' },
        },
        { label: 'Besparelse', kind: 'input', classification: { bucket: 'besparelse' }, cells: { 2023: '-330000', 2024: '-410000', 2025: '-410000' } },
        { label: 'Resultat', kind: 'result', all: "=Investering + 'Medfinansiering (indsatsbudget CAB)' + Besparelse" },
      ],
    },
  ],
  views: [{ title: 'Økonomi', rows: ['Investering', 'Medfinansiering (indsatsbudget CAB)', 'Besparelse', 'Resultat'], from: 2022, to: 2025, totalLabel: 'Samlet' }],
};
