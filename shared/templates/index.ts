/** The built-in templates, made from the seed budget notes. */
import type { Case } from '../model/case';
import { aarhusIps2022 } from './aarhus-ips-2022';
import { buildCase, type CaseSpec } from './builder';
import { kkIps2017 } from './kk-ips-2017';
import { kkSydhavnen2022 } from './kk-sydhavnen-2022';
import { rebildIps2022 } from './rebild-ips-2022';

export interface TemplateInfo {
  id: string;
  title: string;
  source: string;
}

const TEMPLATES: Array<TemplateInfo & { spec: CaseSpec }> = [
  { id: 'rebild-ips-2022', title: 'Rebild: Budgetnotat 2022 – IPS-forløb', source: 'Rebild Kommune, Arbejdsmarkedsudvalget', spec: rebildIps2022 },
  { id: 'kk-ips-2017', title: 'København: Idriftsættelse af IPS (business case 2017)', source: 'Københavns Kommune, BIF', spec: kkIps2017 },
  { id: 'aarhus-ips-2022', title: 'Aarhus: Din vej i job (udvidet IPS-indsats)', source: 'Aarhus Kommune og Rådet for Sociale Investeringer', spec: aarhusIps2022 },
  { id: 'kk-sydhavnen-2022', title: 'København: BI14 Fremskudt beskæftigelsesindsats i Sydhavnen', source: 'Københavns Kommune, BIF og SOF', spec: kkSydhavnen2022 },
];

export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map(({ id, title, source }) => ({ id, title, source }));
}

/** A fresh case from a template, or undefined for an unknown id. */
export function templateCase(id: string): Case | undefined {
  const t = TEMPLATES.find((x) => x.id === id);
  return t ? buildCase(t.spec) : undefined;
}
