/**
 * HyperFormula 3.5, the peer the engine is measured against (GPL-3.0, devDependency only). It
 * computes in binary floats; the workloads keep to values floats hold exactly.
 */
import { HyperFormula, type CellValue } from 'hyperformula';
import type { SheetCell } from './generate-case';

const CONFIG = { licenseKey: 'gpl-v3' } as const;

export class HyperFormulaPeer {
  static readonly version: string = HyperFormula.version;

  private constructor(private readonly hf: HyperFormula) {}

  /** Parses every formula and evaluates the whole sheet. */
  static build(sheet: SheetCell[][]): HyperFormulaPeer {
    return new HyperFormulaPeer(HyperFormula.buildFromArray(sheet, CONFIG));
  }

  /** Sets one cell and recalculates what depends on it; returns how many cells changed. */
  setCell(row: number, col: number, value: SheetCell): number {
    return this.hf.setCellContents({ sheet: 0, row, col }, [[value]]).length;
  }

  value(row: number, col: number): CellValue {
    return this.hf.getCellValue({ sheet: 0, row, col });
  }

  destroy(): void {
    this.hf.destroy();
  }
}
