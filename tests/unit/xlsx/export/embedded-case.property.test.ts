/**
 * Export then import gives the identical case: for random valid cases (odd labels, formulas with
 * errors and cycles, constants, classifications, views), importing the workbook's bytes gives back
 * exactly the case that was exported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCaseXlsx } from '../../../../shared/xlsx/export/export-workbook';
import { openImportSession } from '../../../../shared/xlsx/import/import-xlsx';
import { arbitraryCase } from '../../file/arbitraries';

/** The whole import, as the app and the CLI run it: the embedded case, checked against the visible sheet. */
async function roundTrip(bytes: Uint8Array) {
  const opened = await openImportSession(bytes);
  if (!opened.ok) return opened;
  const embedded = opened.session.embedded;
  return embedded ? { ok: true, case: embedded.case } : { ok: false, error: opened.session.warnings.join(' ') };
}

describe('export then import', () => {
  it('gives back the identical case for random cases', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCase(), async (c) => {
        expect(await roundTrip(await exportCaseXlsx(c))).toStrictEqual({ ok: true, case: c });
      }),
      { numRuns: 60 },
    );
  }, 180_000);

  it('gives back a case whose file text spans several chunks, with text outside ASCII', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCase({ maxPeriods: 60, maxSections: 6, maxRowsPerSection: 12 }), async (c) => {
        const big = { ...c, meta: { ...c.meta, summary: `Æble øl å 💶 ${'x'.repeat(70_000)} "=SUM(A1)" \u2028` } };
        expect(await roundTrip(await exportCaseXlsx(big))).toStrictEqual({ ok: true, case: big });
      }),
      { numRuns: 5 },
    );
  }, 180_000);
});
