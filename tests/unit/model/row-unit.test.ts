/** The rule for showing an assumption: its value once, in its own unit, never the case's money unit. */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../shared/engine/engine';
import type { Case, Row } from '../../../shared/model/case';
import { newRow } from '../../../shared/model/create';
import { allRows } from '../../../shared/model/rows';
import { hasConstantRows, isConstantRow, rowUnit, showConstant } from '../../../shared/model/row-unit';
import { templateCase } from '../../../shared/templates';

function template(id: string): Case {
  const c = templateCase(id);
  if (!c) throw new Error(`no template ${id}`);
  return c;
}

const aarhus = template('aarhus-ips-2022');
const engine = Engine.create(aarhus);
const row = (label: string): Row => {
  const found = allRows(aarhus).find((r) => r.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
};
const shown = (label: string) => showConstant(engine.value(row(label).id, 0), row(label), aarhus);

describe('showConstant on Aarhus (seed 002)', () => {
  it('shows the monthly cost per vejleder in kroner, not in the case\'s 1.000 kr.', () => {
    // 44.000 + 3.000 + 6.500 + 4.500 + 3.500 = 61.500 kr. (the budget per vejleder per month).
    expect(shown('Omkostning for én vejleder pr. måned')).toEqual({ value: '61.500', unit: 'kr.' });
    expect(shown('Betaling pr. succes')).toEqual({ value: '17.000', unit: 'kr.' });
    // 2 vejledere × 61.500 kr. × 12 måneder = 1.476.000 kr.
    expect(shown('Samlet omkostning for to vejledere i 1 år')).toEqual({ value: '1.476.000', unit: 'kr.' });
  });

  it('shows counts as antal, and a count the row names its own unit for in that unit', () => {
    expect(shown('Antal vejledere')).toEqual({ value: '2', unit: 'antal' });
    expect(shown('Måneder pr. år')).toEqual({ value: '12', unit: 'måneder' });
    expect(shown('Projektperiode i år')).toEqual({ value: '2', unit: 'år' });
  });

  it('shows the shares of the payment as percent, and their sum as 100 %', () => {
    expect(shown('Indkomstoverførsler, andel')).toEqual({ value: '45 %', unit: '%' });
    expect(shown('Kommunal medfinansiering af Region, andel')).toEqual({ value: '25 %', unit: '%' });
    // 45 + 10 + 20 + 25 = 100.
    expect(shown('Andele i alt')).toEqual({ value: '100 %', unit: '%' });
  });

  it('shows a cell error as its code, still with the unit', () => {
    const r = row('Antal vejledere');
    const broken: Case = { ...aarhus, sections: aarhus.sections.map((s) => ({ ...s, rows: s.rows.map((x) => (x.id === r.id ? { ...x, cells: [{ formula: '=1/0' }] } : x)) })) };
    const e = Engine.create(broken);
    expect(showConstant(e.value(r.id, 0), r, broken)).toEqual({ value: '#DIV/0!', unit: 'antal' });
  });
});

describe('rowUnit', () => {
  const kk = template('kk-ips-2017');
  const driver = (format: Row['driverFormat'], unitText?: string): Row => ({
    ...newRow('r99', 'X', 'driver', 4, 'constant'),
    ...(format ? { driverFormat: format } : {}),
    ...(unitText !== undefined ? { unitText } : {}),
  });

  it('names kr., antal and % by the driver format, antal when it has none', () => {
    expect(rowUnit(driver('kr'), kk)).toBe('kr.');
    expect(rowUnit(driver('number'), kk)).toBe('antal');
    expect(rowUnit(driver('percent'), kk)).toBe('%');
    expect(rowUnit(driver(undefined), kk)).toBe('antal');
  });

  it('prefers the row\'s own unit, and ignores one that is only spaces', () => {
    expect(rowUnit(driver('number', 'timer'), kk)).toBe('timer');
    expect(rowUnit(driver('number', '  uger '), kk)).toBe('uger');
    expect(rowUnit(driver('kr', '   '), kk)).toBe('kr.');
  });

  it('gives a constant amount the case\'s money unit, in which it is typed and shown', () => {
    const amount: Row = { ...newRow('r99', 'Fast tilskud', 'input', 4, 'constant'), cells: [{ value: '250000' }] };
    const withAmount: Case = { ...kk, sections: kk.sections.map((s, i) => (i === 0 ? { ...s, rows: [...s.rows, amount] } : s)) };
    // 250.000 kr. in a case in 1.000 kr. is 250.
    expect(showConstant(Engine.create(withAmount).value(amount.id, 0), amount, withAmount)).toEqual({ value: '250', unit: '1.000 kr.' });
  });
});

describe('hasConstantRows', () => {
  it('is true for Aarhus, which has assumptions, and false for KK\'s IPS case, which has none', () => {
    expect(hasConstantRows(aarhus)).toBe(true);
    expect(hasConstantRows(template('kk-ips-2017'))).toBe(false);
    expect(isConstantRow(row('Antal vejledere'))).toBe(true);
    expect(isConstantRow(row('Investering'))).toBe(false);
  });
});
