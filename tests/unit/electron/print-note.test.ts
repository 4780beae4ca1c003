/** "Udskriv / Gem som PDF" in the main process: the dialog first, then printToPDF, then an atomic write. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcSchemas } from '../../../electron/ipc-schemas';
import { setupHostOperations as setup } from './host-fixture';

describe('printNote', () => {
  it('asks where, with the case title as a safe .pdf name, and writes the printed page there', async () => {
    const s = await setup();
    s.dialogs.choosePdfPath.mockResolvedValueOnce(path.join(s.documents, 'notat'));
    const result = await s.ops.printNote({ suggestedName: 'Din vej i job: IPS/Aarhus' });
    expect(s.dialogs.choosePdfPath).toHaveBeenCalledWith(path.join(s.documents, 'Din vej i job IPS Aarhus.pdf'));
    expect(result).toEqual({ kind: 'pdf', file: { name: 'notat.pdf', handle: path.join(s.documents, 'notat.pdf') } });
    expect(await fs.readFile(path.join(s.documents, 'notat.pdf'), 'utf8')).toBe('%PDF-1.7 budgetnotat');
    expect((await fs.readdir(s.documents)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints nothing when the dialog is cancelled', async () => {
    const s = await setup();
    expect(await s.ops.printNote({ suggestedName: 'x' })).toBeNull();
    expect(s.renderPdf).not.toHaveBeenCalled();
    expect(await fs.readdir(s.documents)).toEqual([]);
  });

  it('says in Danish which file could not be written, and leaves no half file', async () => {
    const s = await setup();
    s.dialogs.choosePdfPath.mockResolvedValueOnce(path.join(s.documents, 'mangler', 'notat.pdf'));
    await expect(s.ops.printNote({ suggestedName: 'x' })).rejects.toThrow(/notat\.pdf/);
    expect(await fs.readdir(s.documents)).toEqual([]);
  });

  it('takes only a suggested name over IPC', () => {
    expect(ipcSchemas.printNote.safeParse([{ suggestedName: 'a' }]).success).toBe(true);
    expect(ipcSchemas.printNote.safeParse([{ suggestedName: 'a', path: '/etc/passwd' }]).success).toBe(false);
    expect(ipcSchemas.printNote.safeParse([{ suggestedName: 'x'.repeat(256) }]).success).toBe(false);
  });
});
