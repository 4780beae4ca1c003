/**
 * An imported workbook is a case the app can save and open again: every seed workbook's tables,
 * made into one case, pass the file schema, have formulas in every computed cell, and recalculate
 * to the values the import reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../../shared/engine/engine';
import { loadCaseFile } from '../../../../shared/file/load';
import { serializeCase } from '../../../../shared/file/save';
import { allRows } from '../../../../shared/model/rows';
import { periodLabel } from '../../../../shared/model/period';
import { openImportSession } from '../../../../shared/xlsx/import/import-xlsx';
import { casesDir } from './cases-dir';

describe('imported seed workbooks become valid cases', () => {
  for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.xlsx')).sort()) {
    it(file, async () => {
      const opened = await openImportSession(new Uint8Array(readFileSync(path.join(casesDir, file))));
      if (!opened.ok) throw new Error(opened.error);
      const tables = opened.session.summaries();
      const made = opened.session.caseFor(tables.map((t) => t.index));
      if (!made.ok) throw new Error(made.error);
      const loaded = loadCaseFile(serializeCase(made.case));
      if (!loaded.ok) throw new Error(loaded.error);
      expect(loaded.case).toEqual(made.case);
      // Every subtotal, total and result is a formula in every period: none holds a typed figure.
      for (const row of allRows(loaded.case).filter((r) => r.kind === 'subtotal' || r.kind === 'result')) {
        expect(row.cells.every((cell) => cell !== null && 'formula' in cell), row.label).toBe(true);
      }
      const engine = Engine.create(loaded.case);
      const reported = tables[0]!.rows.filter((r) => r.role !== 'section' && r.keyFigure === undefined);
      const rows = allRows(loaded.case);
      expect(rows.map((r) => r.label)).toEqual(reported.map((r) => r.label));
      rows.forEach((row, i) => {
        const values = Object.fromEntries(
          engine.rowValues(row.id).flatMap((v, p) => (v === null || !(String(periodLabel(loaded.case.axis, p)) in reported[i]!.values) ? [] : [[periodLabel(loaded.case.axis, p), String(v)]])),
        );
        expect(values).toEqual(reported[i]!.values);
      });
    });
  }
});
