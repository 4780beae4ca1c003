/**
 * The benchmark's workloads, each built twice from one description: as a case for our engine
 * (formulas stored with row ids) and as a sheet for HyperFormula (A1 formulas), so that both
 * compute the same cells. Row i of the case is sheet row i + 1; period p is column p + 1 (column
 * A is left empty, so that PREV in the first period reads an empty cell on both sides).
 *
 * All amounts are whole kroner or halves, which binary floats hold exactly: HyperFormula's values
 * can then be compared with ours exactly.
 */
import type { Cell, Case, Row, Section } from '../../shared/model/case';
import { EMPTY_META, newRow, newSection } from '../../shared/model/create';
import type { RowId } from '../../shared/model/ids';

export type SheetCell = number | string | null;

export interface Workload {
  name: string;
  case: Case;
  sheet: SheetCell[][];
  /** Where each row of the case sits: section and index within it, and its sheet row. */
  rows: Array<{ id: RowId; section: number; index: number; sheetRow: number }>;
  periods: number;
}

/** Sheet column of a period (column A is empty). */
export const sheetCol = (period: number) => period + 1;

/** A1 column letters of a 0-based column index. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const a1 = (sheetRow: number, period: number) => `${columnLetters(sheetCol(period))}${sheetRow + 1}`;

function caseOf(sections: Section[], periods: number, resultRow: RowId | null): Case {
  return {
    meta: { ...EMPTY_META, title: 'Benchmark' },
    unit: 'kr',
    decimals: 0,
    priceLevel: '',
    axis: { firstYear: 2030, count: periods, labelStyle: 'year', relativeFirstYear: 2030 },
    sections,
    result: { rowId: resultRow, convention: 'expensePositive' },
    discountRate: '0.035',
    views: [],
  };
}

/** The top input value of a period in the chain workload: falling, so that period 0 holds the largest. */
export const chainInput = (period: number) => 100_000 - 100 * period;

/**
 * `rows` chained rows: row 0 holds inputs; row i > 0 is `={r(i-1)} + 1`; every 10th row is
 * `=MAX({r(i-1)}, PREV({r(i-1)})) + 1`, so the chain also runs across periods: each such row lets
 * the largest input (period 0's) move one period on, and raising the top cell of period 0 changes
 * almost every cell. Values stay whole numbers: v(i, p) = input(max(0, p - floor(i / 10))) + i.
 */
export function chainWorkload(rowCount: number, periods: number): Workload {
  const id = (i: number) => `r${i + 1}`;
  const rows: Row[] = [];
  const sheet: SheetCell[][] = [];
  for (let i = 0; i < rowCount; i++) {
    const row = newRow(id(i), `Række ${i + 1}`, i === 0 ? 'input' : 'formula', periods);
    const line: SheetCell[] = [null];
    const crosses = i > 0 && i % 10 === 0;
    const ours = i === 0 ? '' : crosses ? `=MAX({${id(i - 1)}}, PREV({${id(i - 1)}})) + 1` : `={${id(i - 1)}} + 1`;
    for (let p = 0; p < periods; p++) {
      if (i === 0) {
        row.cells[p] = { value: String(chainInput(p)) };
        line.push(chainInput(p));
        continue;
      }
      row.cells[p] = { formula: ours };
      const above = a1(i - 1, p);
      // Column A is empty: in the first period MAX skips it, as ours skips PREV's empty value.
      line.push(crosses ? `=MAX(${above},${a1(i - 1, p - 1)})+1` : `=${above}+1`);
    }
    rows.push(row);
    sheet.push(line);
  }
  const section: Section = { ...newSection('s1', 'Kæde'), rows };
  return {
    name: `${rowCount} rækker × ${periods} perioder, kædede formler`,
    case: caseOf([section], periods, rows.at(-1)!.id),
    sheet,
    rows: rows.map((r, i) => ({ id: r.id, section: 0, index: i, sheetRow: i })),
    periods,
  };
}

/** The input amount of a line in the sections workload. */
export const lineInput = (section: number, line: number, period: number) => 1000 * (line + 1) + 10 * period + section + 0.5;

/**
 * A realistic case: `sectionCount` sections of `linesPerSection` input lines and one subtotal
 * `=SUM({sX})`, then a section with the result row summing the subtotals.
 */
export function sectionsWorkload(sectionCount: number, linesPerSection: number, periods: number): Workload {
  const sections: Section[] = [];
  const sheet: SheetCell[][] = [];
  const rows: Workload['rows'] = [];
  const subtotalRows: number[] = [];
  const subtotalIds: string[] = [];
  let next = 1;
  for (let s = 0; s < sectionCount; s++) {
    const section = newSection(`s${s + 1}`, `Område ${s + 1}`);
    const first = sheet.length;
    for (let l = 0; l < linesPerSection; l++) {
      const row = newRow(`r${next++}`, `Post ${s + 1}.${l + 1}`, 'input', periods);
      const line: SheetCell[] = [null];
      for (let p = 0; p < periods; p++) {
        row.cells[p] = { value: String(lineInput(s, l, p)) };
        line.push(lineInput(s, l, p));
      }
      rows.push({ id: row.id, section: s, index: section.rows.length, sheetRow: sheet.length });
      section.rows.push(row);
      sheet.push(line);
    }
    const last = sheet.length - 1;
    const subtotal = newRow(`r${next++}`, `I alt ${s + 1}`, 'subtotal', periods);
    const line: SheetCell[] = [null];
    for (let p = 0; p < periods; p++) {
      subtotal.cells[p] = { formula: `=SUM({${section.id}})` };
      line.push(`=SUM(${a1(first, p)}:${a1(last, p)})`);
    }
    rows.push({ id: subtotal.id, section: s, index: section.rows.length, sheetRow: sheet.length });
    subtotalRows.push(sheet.length);
    subtotalIds.push(subtotal.id);
    section.rows.push(subtotal);
    sheet.push(line);
    sections.push(section);
  }
  const result = newRow(`r${next++}`, 'Resultat', 'result', periods);
  const resultSection: Section = { ...newSection(`s${sectionCount + 1}`, 'Samlet'), rows: [result] };
  const line: SheetCell[] = [null];
  const ours = `=SUM(${subtotalIds.map((id) => `{${id}}`).join(', ')})`;
  for (let p = 0; p < periods; p++) {
    result.cells[p] = { formula: ours };
    line.push(`=SUM(${subtotalRows.map((r) => a1(r, p)).join(',')})`);
  }
  rows.push({ id: result.id, section: sectionCount, index: 0, sheetRow: sheet.length });
  sheet.push(line);
  sections.push(resultSection);
  return {
    name: `${rows.length} rækker × ${periods} perioder, afsnit med SUM og resultat`,
    case: caseOf(sections, periods, result.id),
    sheet,
    rows,
    periods,
  };
}

/** The case with one cell replaced, made as the edit commands make it: new objects on the path only. */
export function withCell(c: Case, section: number, index: number, period: number, cell: Cell): Case {
  const sections = c.sections.slice();
  const s = sections[section]!;
  const rows = s.rows.slice();
  const row = rows[index]!;
  const cells = row.cells.slice();
  cells[period] = cell;
  rows[index] = { ...row, cells };
  sections[section] = { ...s, rows };
  return { ...c, sections };
}
