/**
 * Comparisons for the LibreOffice test: LibreOffice's recalculated formula cells against the
 * values cached in the file's XML, and against the engine's own values for every row cell and
 * every cell of the views on "Tabeller".
 */
import { Engine } from '../../../../shared/engine/engine';
import { FormulaError } from '../../../../shared/formula/errors';
import { Decimal } from '../../../../shared/money/decimal';
import { findRow } from '../../../../shared/model/rows';
import type { Case } from '../../../../shared/model/case';
import type { Scalar } from '../../../../shared/formula/values';
import { periodColumn, type WorkbookLayout } from '../../../../shared/xlsx/export/layout';
import { columnLetter } from '../../../../shared/xlsx/column-letters';
import { viewPeriodColumn, type ViewBlock } from '../../../../shared/xlsx/export/views-sheet';
import type { LoValue, LoWorkbook } from '../../../libreoffice/libreoffice';
import type { XmlSheets } from './xlsx-cells';

/** 0,01 kr. */
const TOLERANCE = new Decimal('0.01');

function same(lo: LoValue | undefined, expected: number | string | Decimal | boolean | null): boolean {
  if (lo === undefined || (typeof lo === 'object' && 'error' in lo)) return false;
  if (expected instanceof Decimal || typeof expected === 'number') {
    return typeof lo === 'number' && new Decimal(lo).minus(new Decimal(expected)).abs().lte(TOLERANCE);
  }
  if (typeof expected === 'boolean') return lo === (expected ? 1 : 0);
  if (expected === null) return lo === 0;
  return lo === expected;
}

/** Every formula cell in the file: LibreOffice's value must equal the cached one. Returns the mismatches and how many cells were compared. */
export function cachedMismatches(xml: XmlSheets, lo: LoWorkbook): { mismatches: string[]; compared: number } {
  const mismatches: string[] = [];
  let compared = 0;
  for (const [sheet, cells] of xml) {
    for (const [address, cell] of cells) {
      if (cell.formula === null) continue;
      compared += 1;
      const got = lo[sheet]?.[address]?.value;
      if (!same(got, cell.cached)) mismatches.push(`${sheet}!${address} =${cell.formula}: LibreOffice ${JSON.stringify(got)}, cached ${JSON.stringify(cell.cached)}`);
    }
  }
  return { mismatches, compared };
}

/**
 * Every formula cell of every placed row, and every row total on the economy table: the value
 * LibreOffice computed must be the engine's. Cells the engine makes an error are written without
 * a formula and are not compared.
 */
export function engineMismatches(c: Case, layout: WorkbookLayout, lo: LoWorkbook, totalColumn: number): { mismatches: string[]; compared: number } {
  const engine = Engine.create(c);
  const mismatches: string[] = [];
  let compared = 0;
  const check = (sheet: string, address: string, v: Scalar, what: string) => {
    if (v instanceof FormulaError) return;
    compared += 1;
    const got = lo[sheet]?.[address]?.value;
    if (!same(got, v instanceof Decimal || typeof v === 'boolean' ? v : v === null ? null : v)) mismatches.push(`${what} (${sheet}!${address}): LibreOffice ${JSON.stringify(got)}, engine ${String(v)}`);
  };
  for (const [id, place] of layout.places) {
    const row = findRow(c, id as never)!;
    const periods = place.constant ? 1 : c.axis.count;
    for (let p = 0; p < periods; p++) {
      const cell = row.cells[p];
      if (!cell || !('formula' in cell) || row.kind === 'note') continue;
      check(place.sheet, `${columnLetter(periodColumn(place.constant ? 0 : p))}${place.row}`, engine.value(row.id, p), `${row.label} [${p}]`);
    }
    if (place.sheet === 'Budgetnotat' && row.kind !== 'note') check(place.sheet, `${columnLetter(totalColumn)}${place.row}`, engine.total(row.id) ?? new Decimal(0), `${row.label} Samlet`);
  }
  return { mismatches, compared };
}

/**
 * Every amount of every view on "Tabeller" and every view total: LibreOffice's value must be the
 * engine's (an empty cell of the row shows empty), the total the engine's sum over the view's years.
 */
export function viewMismatches(c: Case, views: ViewBlock[], lo: LoWorkbook): { mismatches: string[]; compared: number } {
  const engine = Engine.create(c);
  const mismatches: string[] = [];
  let compared = 0;
  const check = (address: string, expected: Decimal | string | boolean, what: string) => {
    compared += 1;
    const got = lo.Tabeller?.[address]?.value;
    if (!same(got, expected)) mismatches.push(`${what} (Tabeller!${address}): LibreOffice ${JSON.stringify(got)}, engine ${String(expected)}`);
  };
  for (const block of views) {
    for (const line of block.lines) {
      if (!('row' in line) || line.row.kind === 'note') continue;
      let total = new Decimal(0);
      let totalIsError = false;
      for (let p = block.view.fromPeriod; p <= block.view.toPeriod; p++) {
        const v = engine.value(line.row.id, p);
        if (v instanceof FormulaError) {
          totalIsError = true;
          continue;
        }
        if (v instanceof Decimal) total = total.plus(v);
        check(`${columnLetter(viewPeriodColumn(block, p))}${line.at}`, v === null ? '' : v, `${block.view.title}: ${line.label} [${p}]`);
      }
      if (block.totalColumn !== null && line.row.scope === 'period' && line.row.kind !== 'driver' && !totalIsError) {
        check(`${columnLetter(block.totalColumn)}${line.at}`, total, `${block.view.title}: ${line.label} ${block.view.totalLabel}`);
      }
    }
  }
  return { mismatches, compared };
}
