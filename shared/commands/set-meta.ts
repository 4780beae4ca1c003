/**
 * Case-wide settings that change how values are shown or read, never a cell: metadata, unit,
 * decimals, price level, discount rate, the result spec, the table views and the stated key
 * figures. The command type is `setCaseProps`; a prop left out (or undefined) keeps its value.
 * Stated key figures given as {} take the field away, so that undo can give back a case that had
 * none ("Godkend beregnet" on its last one) and the file holds no empty object.
 */
import { STATED_KEY_FIGURES, STATED_YEARS_PATTERN, type Case, type CaseMeta, type TableView } from '../model/case';
import { allRows, findRow, isComputedRow } from '../model/rows';
import { UNITS } from '../money/units';
import { fail, NO_CELLS, type ApplyFn, type CaseProps, type Command } from './command';

type Key = keyof CaseProps;
const META_KEYS: ReadonlyArray<keyof CaseMeta> = ['title', 'summary', 'administration', 'committee', 'caseNumber', 'date', 'author'];
const KEYS: ReadonlySet<string> = new Set<Key>(['meta', 'unit', 'decimals', 'priceLevel', 'result', 'discountRate', 'views', 'statedKeyFigures']);
const MAX_DECIMALS = 6;

export const setCaseProps: ApplyFn<'setCaseProps'> = (c, cmd) => {
  const props = cmd.props;
  if (typeof props !== 'object' || props === null) return fail('Ingen egenskaber at ændre');
  const keys = Object.keys(props).filter((k) => props[k as Key] !== undefined) as Key[];
  const unknown = keys.find((k) => !KEYS.has(k));
  if (unknown) return fail(`Ukendt egenskab for sagen: ${unknown}`);
  for (const k of keys) {
    const bad = CHECKS[k](props, c, cmd.undo === true);
    if (bad) return fail(bad);
  }
  const next: Case = { ...c };
  const previous: CaseProps = {};
  for (const k of keys) {
    Object.assign(previous, { [k]: k === 'statedKeyFigures' ? (c.statedKeyFigures ?? {}) : c[k] });
    Object.assign(next, { [k]: props[k] });
  }
  if (next.statedKeyFigures && Object.keys(next.statedKeyFigures).length === 0) delete next.statedKeyFigures;
  // Undo must be able to give back a result row chosen before the derived-row rule (an older file's).
  const inverse: Command = keys.includes('result') ? { type: 'setCaseProps', props: previous, undo: true } : { type: 'setCaseProps', props: previous };
  return { ok: true, case: next, inverse, change: NO_CELLS };
};

const CHECKS: Record<Key, (p: CaseProps, c: Case, undo: boolean) => string | null> = {
  meta: ({ meta }) => {
    if (typeof meta !== 'object' || meta === null) return 'Oplysningerne skal være et objekt';
    if (Object.keys(meta).length !== META_KEYS.length || META_KEYS.some((k) => typeof meta[k] !== 'string')) return 'Oplysningerne skal have netop felterne ' + META_KEYS.join(', ');
    return /^(\d{4}-\d{2}-\d{2})?$/.test(meta.date) ? null : `Datoen "${meta.date}" skal skrives som 2024-03-31 eller være tom`;
  },
  unit: ({ unit }) => (UNITS.some((u) => u === unit) ? null : `Ukendt enhed: ${String(unit)}`),
  decimals: ({ decimals }) => (Number.isInteger(decimals) && decimals! >= 0 && decimals! <= MAX_DECIMALS ? null : `Decimaler skal være et helt tal fra 0 til ${MAX_DECIMALS}`),
  priceLevel: ({ priceLevel }) => (typeof priceLevel === 'string' ? null : 'Pris- og lønniveauet skal være tekst'),
  discountRate: ({ discountRate }) => (typeof discountRate === 'string' && /^-?\d+(\.\d+)?$/.test(discountRate) ? null : `Diskonteringsrenten "${String(discountRate)}" skal være et decimaltal som "0.035"`),
  result: ({ result }, c, undo) => {
    if (typeof result !== 'object' || result === null) return 'Resultatet skal være et objekt';
    if (result.convention !== 'expensePositive' && result.convention !== 'gainPositive') return `Ukendt fortegnskonvention: ${String(result.convention)}`;
    if (result.rowId === null) return null;
    const row = findRow(c, result.rowId);
    if (!row) return `Resultatrækken ${String(result.rowId)} findes ikke`;
    // Key figures must come from a derived row; a typed row would make them whatever was typed. A
    // case that already has one (an older file) may keep it while its convention changes.
    if (isComputedRow(row) || undo || row.id === c.result.rowId) return null;
    return `"${row.label}" kan ikke være sagens resultatrække, fordi den ikke beregnes; vælg en subtotal eller en resultatrække.`;
  },
  views: ({ views }, c) => (Array.isArray(views) ? badViews(views, c) : 'Tabellerne skal være en liste'),
  statedKeyFigures: ({ statedKeyFigures: k }) => {
    if (typeof k !== 'object' || k === null) return 'De angivne nøgletal skal være et objekt';
    const [figure, years] = Object.entries(k).find(([f, v]) => !STATED_KEY_FIGURES.some((known) => known === f) || typeof v !== 'string' || !STATED_YEARS_PATTERN.test(v)) ?? [];
    return figure === undefined ? null : `Det angivne nøgletal ${figure} skal være et antal år som "3" eller "-", men er ${JSON.stringify(years)}`;
  },
};

function badViews(views: readonly TableView[], c: Case): string | null {
  const ids = new Set<string>();
  const rowIds = new Set<string>(allRows(c).map((r) => r.id));
  for (const v of views) {
    if (ids.has(v.id)) return `To tabeller har id'et ${v.id}`;
    ids.add(v.id);
    const missing = [...v.rowIds, ...Object.keys(v.rowLabels ?? {})].find((id) => !rowIds.has(id));
    if (missing !== undefined) return `Tabellen "${v.title}" viser rækken ${missing}, som ikke findes`;
    if (!Number.isInteger(v.fromPeriod) || !Number.isInteger(v.toPeriod) || v.fromPeriod < 0 || v.fromPeriod > v.toPeriod || v.toPeriod >= c.axis.count) {
      return `Tabellen "${v.title}" skal vise perioder fra 0 til ${c.axis.count - 1}`;
    }
  }
  return null;
}
