/**
 * The two spellings of a formula in a case: stored (ids, canonical) and shown (today's names).
 *
 * @example toStoredFormula('=Vejledere * 61500 * 12', c) // { ok: true, stored: '={r7} * 61500 * 12' }
 * @example toStoredFormula('=ROUND(Løn * 0,1; 0)', c, 'typed') // { ok: true, stored: '=ROUND({r2} * 0.1, 0)' }
 * @example toDisplayFormula('={r7} * 0.5', c)            // '=Vejledere * 0.5'
 * @example toDisplayFormula('={r7} * 0.5', c, undefined, 'danish') // '=Vejledere * 0,5'
 */
import type { Case } from '../model/case';
import { buildNameIndex, labelsById, resolverOf } from '../model/names';
import { bindNames } from './bind';
import { FormulaSyntaxError, parseFormula, type FormulaReading } from './parser';
import { printFormula, spellName, type FormulaStyle } from './printer';

export type StoredFormulaResult = { ok: true; stored: string } | { ok: false; message: string; pos: number };

/** `reading` is 'typed' for what a person typed (Danish or English), 'stored' for canonical text. */
export function toStoredFormula(text: string, c: Case, reading: FormulaReading = 'stored'): StoredFormulaResult {
  try {
    const bound = bindNames(parseFormula(text, reading), resolverOf(buildNameIndex(c)));
    return { ok: true, stored: printFormula(bound) };
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return { ok: false, message: e.message, pos: e.pos };
    throw e;
  }
}

export function toDisplayFormula(stored: string, c: Case, labels: Map<string, string> = labelsById(c), style: FormulaStyle = 'english'): string {
  try {
    const spell = (id: string) => {
      const label = labels.get(id);
      return label === undefined ? '#REF!' : spellName(label);
    };
    return printFormula(parseFormula(stored), spell, style);
  } catch {
    return stored;
  }
}
