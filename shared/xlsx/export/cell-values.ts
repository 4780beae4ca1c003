/**
 * Engine values and texts -> ExcelJS cell values. Amounts stay in kroner in the cells (the
 * number format shows them in the case's unit), so every formula computes in kroner exactly as
 * the engine does.
 *
 * WARNING: a text is always written as a plain string value, which the file stores as text: a
 * label such as "=SUM(A1)" or "-5" is never turned into a formula or a number. Never build a
 * `{ formula }` value from user text.
 */
import type ExcelJS from 'exceljs';
import { Decimal } from '../../money/decimal';
import { FormulaError } from '../../formula/errors';
import type { Scalar } from '../../formula/values';
import { excelErrorCode } from './excel-formula';

type ErrorValue = ExcelJS.CellErrorValue['error'];

/** Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- matching these control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A text for a visible cell: what XML cannot hold is dropped (the embedded case keeps the exact text). */
export function cellText(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** A number for the file: Excel holds binary floats; the exact value stays in the embedded case. */
export function excelNumber(d: Decimal): number {
  return Number(d.toString());
}

export function errorValue(e: FormulaError): ExcelJS.CellErrorValue {
  return { error: excelErrorCode(e.code) as ErrorValue };
}

/** The cached result of a formula cell; the engine shows an empty result as 0. */
export function cachedResult(v: Scalar): number | string | boolean {
  if (v instanceof Decimal) return excelNumber(v);
  if (typeof v === 'string') return cellText(v);
  if (typeof v === 'boolean') return v;
  return 0;
}

/**
 * A computed cell: the formula with the engine's value as its cached result. A cell the engine
 * makes an error is written as that error, without a formula: a cycle would otherwise become a
 * circular reference in Excel, and an error has no number to check.
 */
export function formulaCell(formula: string, v: Scalar): ExcelJS.CellValue {
  if (v instanceof FormulaError) return errorValue(v);
  return { formula, result: cachedResult(v) } as ExcelJS.CellFormulaValue;
}

/** A typed-in value as the engine reads it. */
export function valueCell(v: Scalar): ExcelJS.CellValue {
  if (v instanceof FormulaError) return errorValue(v);
  if (v instanceof Decimal) return excelNumber(v);
  return null;
}
