/**
 * Save then load through the whole desktop path gives back the identical case: serializeCase, the
 * atomic save with its backup, readCaseFile from disk, loadCaseFile. (tests/unit/file/property.test.ts
 * checks the format alone, with more runs.)
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCaseFile, saveCaseFile } from '../../../../electron/files/case-files';
import { loadCaseFile } from '../../../../shared/file/load';
import { serializeCase } from '../../../../shared/file/save';
import { arbitraryCase } from '../../file/arbitraries';
import { tempDirs } from '../temp-dir';

const tempDir = tempDirs();

describe('a random case saved to disk and opened again', () => {
  it('is the identical case, over and over into the same file', async () => {
    const file = path.join(await tempDir(), 'egenskab.budgetnotat');
    let expectedModifiedAt: number | null = null;
    await fc.assert(
      fc.asyncProperty(arbitraryCase(), async (c) => {
        const saved = await saveCaseFile(file, serializeCase(c), { expectedModifiedAt });
        if (saved.kind !== 'saved') throw new Error(`save refused: ${saved.kind}`);
        expectedModifiedAt = saved.file.modifiedAt;
        expect(loadCaseFile((await readCaseFile(file)).text)).toStrictEqual({ ok: true, case: c });
      }),
      { numRuns: 60 },
    );
  });
});
