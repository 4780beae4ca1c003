/**
 * The two spellings of a formula in a case: stored (ids, canonical) and shown (today's names).
 *
 * @example toStoredFormula('=Vejledere * 61500 * 12', c) // { ok: true, stored: '={r7} * 61500 * 12' }
 * @example toDisplayFormula('={r7} * 61500 * 12', c)     // '=Vejledere * 61500 * 12'
 */
import type { Case } from '../model/case';
import { buildNameIndex, labelsById, resolverOf } from '../model/names';
import { bindNames } from './bind';
import { FormulaSyntaxError, parseFormula } from './parser';
import { printFormula, spellName } from './printer';

export type StoredFormulaResult = { ok: true; stored: string } | { ok: false; message: string; pos: number };

export function toStoredFormula(text: string, c: Case): StoredFormulaResult {
  try {
    const bound = bindNames(parseFormula(text), resolverOf(buildNameIndex(c)));
    return { ok: true, stored: printFormula(bound) };
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return { ok: false, message: e.message, pos: e.pos };
    throw e;
  }
}

export function toDisplayFormula(stored: string, c: Case, labels: Map<string, string> = labelsById(c)): string {
  try {
    return printFormula(parseFormula(stored), (id) => {
      const label = labels.get(id);
      return label === undefined ? '#REF!' : spellName(label);
    });
  } catch {
    return stored;
  }
}
