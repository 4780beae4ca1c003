/**
 * What a header cell names: a period (a year as a number or text, "År 3", "1. kv 2023"), the total
 * column, or a classification column.
 */
import { STATED_YEARS_PATTERN, type StatedKeyFigure } from '../../model/case';
import type { GridCell } from './grid';
import { stripMarkup } from './cell-number';

export type Period =
  | { kind: 'year'; year: number; label: string }
  | { kind: 'relative'; n: number; label: string }
  | { kind: 'quarter'; q: number; year: number | null; label: string };

export type ClassColumn = 'Styringsområde' | 'Udvalg' | 'Bevilling' | 'I/U';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export function parsePeriod(cell: GridCell | undefined): Period | null {
  if (!cell) return null;
  const v = cell.value;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR && !isDateFormat(cell.numFmt)) {
      return { kind: 'year', year: v, label: String(v) };
    }
    return null;
  }
  if (typeof v !== 'string') return null;
  // A date shown as its year only ("yyyy"): Excel users type 1-1-2023 and format it so.
  const dated = /^(\d{4})-\d{2}-\d{2}$/.exec(v);
  if (dated && cell.numFmt && /^y+$/i.test(cell.numFmt.replace(/[^a-z]/gi, ''))) {
    const year = Number(dated[1]);
    return year >= MIN_YEAR && year <= MAX_YEAR ? { kind: 'year', year, label: String(year) } : null;
  }
  const text = stripMarkup(v).replace(/\s+/g, ' ').replace(/[*¹²³]+$/, '').trim();
  // "2024", "Budget 2024", "Vedtaget budget 2024", "Overslagsår 2025", "BO1 2025", "Regnskab 2023".
  let m = /^(?:(?:vedtaget|oprindeligt|korrigeret)\s)?(?:budget|b|bo\s?\d?|budgetoverslag|overslag|overslagsår|regnskab|r|forslag)?\s?(\d{4})$/i.exec(text);
  if (m) {
    const year = Number(m[1]);
    return year >= MIN_YEAR && year <= MAX_YEAR ? { kind: 'year', year, label: String(year) } : null;
  }
  m = /^(?:år|aar|year)\s?(\d{1,2})$/i.exec(text);
  if (m) return { kind: 'relative', n: Number(m[1]), label: `År ${Number(m[1])}` };
  m = /^(?:([1-4])\.\s?kv(?:\.|artal)?|q([1-4]))(?:\s(\d{4}))?$/i.exec(text);
  if (m) {
    const q = Number(m[1] ?? m[2]);
    const year = m[3] ? Number(m[3]) : null;
    return { kind: 'quarter', q, year, label: `${q}. kv${year ? ` ${year}` : ''}` };
  }
  return null;
}

/**
 * For a row the user pointed at as the header: besides what `parsePeriod` reads, a year anywhere
 * in a text ("Vedtaget budget 2024", "Overslagsår 2025", "Forventet regnskab 2023"). Only one year,
 * and not a date ("08.11.2022"): the text must name the period, not a day or a span.
 */
export function parsePeriodInText(cell: GridCell | undefined): Period | null {
  const strict = parsePeriod(cell);
  if (strict || !cell || typeof cell.value !== 'string') return strict;
  const text = stripMarkup(cell.value);
  if (/\d{1,2}[./-]\d{1,2}[./-]\d{4}/.test(text)) return null;
  const years = [...text.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1])).filter((y) => y >= MIN_YEAR && y <= MAX_YEAR);
  return years.length === 1 ? { kind: 'year', year: years[0]!, label: String(years[0]) } : null;
}

function isDateFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /[dmy]{2}/i.test(numFmt.replace(/"[^"]*"/g, ''));
}

const TOTAL = /^(i alt|samlet|total|sum|i alt \d{4}\s?[-–]\s?\d{4}|samlet \d{4}\s?[-–]\s?\d{4})$/i;

export function isTotalHeader(text: string): boolean {
  return TOTAL.test(stripMarkup(text).replace(/\s+/g, ' ').replace(/[.:]$/, '').trim());
}

export function classColumnOf(text: string): ClassColumn | null {
  const t = stripMarkup(text).replace(/\s+/g, ' ').trim().toLowerCase();
  if (t.startsWith('styringsomr')) return 'Styringsområde';
  if (t === 'udvalg' || t.startsWith('udvalg ')) return 'Udvalg';
  if (t.startsWith('bevilling')) return 'Bevilling';
  if (/^(i\/u|u\/i|i-u|indtægt\/ ?udgift)$/.test(t) || /\(i\/u\)$/.test(t)) return 'I/U';
  return null;
}

/** Does this label name a payback time row ("Tilbagebetalingstid baseret på totaløkonomi")? */
export function isPaybackLabel(label: string): boolean {
  return /^tilbagebetalingstid/i.test(label.trim());
}

/** The key figure a payback line states: on serviceeffektivisering when its label says so, else on totaløkonomi. */
export function paybackFigureOf(label: string): StatedKeyFigure {
  return /service/i.test(label) ? 'paybackService' : 'paybackTotal';
}

/**
 * A payback line's figure as the case keeps it: whole years ("3", also written "3 år"), or "-"
 * (also "–") for not within the horizon; null when it says something else (2,5 år, "ca. 3").
 */
export function statedYearsOf(text: string): string | null {
  const t = text.trim();
  if (/^[-–—]$/.test(t)) return '-';
  const years = /^(\d+)(?:\s*år)?$/i.exec(t)?.[1];
  const kept = years === undefined ? null : String(Number(years));
  return kept !== null && STATED_YEARS_PATTERN.test(kept) ? kept : null;
}
