/**
 * The two spellings of a formula in a case: stored (ids, canonical) and shown (today's names).
 *
 * @example toStoredFormula('=Vejledere * 61500 * 12', c) // { ok: true, stored: '={r7} * 61500 * 12' }
 * @example toStoredFormula('=ROUND(Løn * 0,1; 0)', c, 'typed') // { ok: true, stored: '=ROUND({r2} * 0.1, 0)' }
 * @example toDisplayFormula('={r7} * 0.5', c)            // '=Vejledere * 0.5'
 * @example toDisplayFormula('={r7} * 0.5', c, undefined, 'danish') // '=Vejledere * 0,5'
 */
import type { Case } from './case';
import { buildNameIndex, labelsById, resolverOf } from './names';
import { allRows } from './rows';
import { bindNames, nameKey } from '../formula/bind';
import { FormulaSyntaxError, parseFormula, type FormulaReading } from '../formula/parser';
import { printFormula, spellName, type FormulaStyle } from '../formula/printer';

export type StoredFormulaResult = { ok: true; stored: string } | { ok: false; message: string; pos: number };

/** `reading` is 'typed' for what a person typed (Danish or English), 'stored' for canonical text. */
export function toStoredFormula(text: string, c: Case, reading: FormulaReading = 'stored'): StoredFormulaResult {
  try {
    const bound = bindNames(parseFormula(text, reading), resolverOf(buildNameIndex(c)));
    return { ok: true, stored: printFormula(bound) };
  } catch (e) {
    if (e instanceof FormulaSyntaxError) {
      const hint = quoteHint(text, c);
      return { ok: false, message: hint ? `${e.message}; ${hint}.` : e.message, pos: e.pos };
    }
    throw e;
  }
}

/**
 * A name with a space must be quoted ('Samlet varig ændring'), or it reads as two names. When
 * refused text holds such a name bare, or two words side by side, say how to write it.
 */
function quoteHint(text: string, c: Case): string | null {
  const bare = text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, ' ');
  const key = nameKey(bare);
  const spaced = [...c.sections.map((s) => s.label), ...allRows(c).map((r) => r.label)].filter((l) => /\S\s+\S/.test(l));
  const named = spaced.sort((a, b) => b.length - a.length).find((l) => key.includes(nameKey(l)));
  if (named) return `skriv navne med mellemrum i apostroffer: ${spellName(named)}`;
  return /[\p{L}_][\p{L}\p{N}_.]*\s+[\p{L}_]/u.test(bare) ? "skriv navne med mellemrum i apostroffer, fx 'Samlet varig ændring'" : null;
}

/**
 * The formula as shown: today's names, spelled in `style`. Given a labels map, the text is cached
 * per map, style and stored text (the sheet asks at every paint, and parsing 2 000 formulas per
 * repaint shows); a rename gives a new map (`labelsOf`), and so new text.
 */
export function toDisplayFormula(stored: string, c: Case, labels?: Map<string, string>, style: FormulaStyle = 'english'): string {
  if (!labels) return displayText(stored, labelsById(c), style);
  let texts = shownTexts.get(labels);
  if (!texts) shownTexts.set(labels, (texts = new Map()));
  const key = `${style}\u0000${stored}`;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = displayText(stored, labels, style)));
  return text;
}

/** Display text by labels map (maps are never changed once made), then by style and stored text. */
const shownTexts = new WeakMap<Map<string, string>, Map<string, string>>();

function displayText(stored: string, labels: Map<string, string>, style: FormulaStyle): string {
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
