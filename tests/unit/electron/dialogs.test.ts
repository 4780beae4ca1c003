import type { BaseWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronDialogs } from '../../../electron/dialogs';

function fakeDialog(response = 0, paths: string[] = ['/x.budgetnotat']) {
  const dialog = {
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response, checkboxChecked: false })),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: paths.length === 0, filePaths: paths })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: paths.length === 0, filePath: paths[0] ?? '' })),
    showErrorBox: vi.fn(),
  };
  return dialog;
}

const parent = {} as BaseWindow;
const make = (dialog: ReturnType<typeof fakeDialog>, win: BaseWindow | null = parent) => createElectronDialogs(dialog as unknown as Dialog, () => win);

describe('native dialogs', () => {
  it.each([
    [0, 'save'],
    [1, 'discard'],
    [2, 'cancel'],
  ] as const)('"Gem ændringer?" button %i means %s', async (response, choice) => {
    const dialog = fakeDialog(response);
    expect(await make(dialog).saveBeforeClose('Rebild IPS')).toBe(choice);
    const options = dialog.showMessageBox.mock.calls[0]?.[1] as { message: string; buttons: string[]; cancelId: number; detail: string };
    expect(options.message).toBe('Gem ændringer?');
    expect(options.buttons).toEqual(['Gem', 'Gem ikke', 'Annullér']);
    expect(options.cancelId).toBe(2);
    expect(options.detail).toContain('Rebild IPS');
  });

  it('opens dialogs as sheets of the window, or free-standing without one', async () => {
    const dialog = fakeDialog();
    await make(dialog).chooseCaseToOpen();
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(parent);
    await make(dialog, null).chooseCaseToOpen();
    expect(dialog.showOpenDialog.mock.calls[1]?.[0]).toMatchObject({ title: 'Åbn sag', filters: [{ extensions: ['budgetnotat'] }] });
  });

  it('returns null when a file dialog is cancelled', async () => {
    const dialogs = make(fakeDialog(0, []));
    expect(await dialogs.chooseCaseToOpen()).toBeNull();
    expect(await dialogs.chooseCaseSavePath('/d/sag.budgetnotat')).toBeNull();
    expect(await dialogs.chooseWorkbook()).toBeNull();
    expect(await dialogs.chooseExportPath('/d/notat.xlsx')).toBeNull();
  });

  it('confirms overwriting in save dialogs and filters xlsx for import', async () => {
    const dialog = fakeDialog();
    await make(dialog).chooseCaseSavePath('/d/sag.budgetnotat');
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: '/d/sag.budgetnotat', properties: expect.arrayContaining(['showOverwriteConfirmation']) });
    await make(dialog).chooseWorkbook();
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ filters: [{ extensions: ['xlsx', 'xlsm'] }] });
  });
});
