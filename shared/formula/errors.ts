/**
 * Error values of the formula language. An error stays in the cell that produced it and in the
 * cells that use that cell; it never throws and never stops recalculation of anything else.
 */
export const ERROR_CODES = ['#CYCLE!', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class FormulaError {
  constructor(
    readonly code: ErrorCode,
    /** Why, in Danish, for the tooltip: "Rækken 'Investering' findes ikke". */
    readonly reason: string,
  ) {}
  toString(): string {
    return this.code;
  }
}
