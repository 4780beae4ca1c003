/** The main process's host operations on real temp folders, with every native dialog scripted. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import type { Dialogs } from '../../../electron/dialogs';
import { createFileGrants } from '../../../electron/file-grants';
import { createHostOperations } from '../../../electron/host-operations';
import { tempDirs } from './temp-dir';

// Registers the clean-up in every test file that imports this one (each file loads it afresh).
const tempDir = tempDirs();

export async function setupHostOperations() {
  const root = await tempDir();
  const settings = path.join(root, 'userData');
  const documents = path.join(root, 'Dokumenter');
  await fs.mkdir(documents, { recursive: true });
  const dialogs = {
    chooseCaseToOpen: vi.fn<Dialogs['chooseCaseToOpen']>(async () => null),
    chooseCaseSavePath: vi.fn<Dialogs['chooseCaseSavePath']>(async () => null),
    chooseWorkbook: vi.fn<Dialogs['chooseWorkbook']>(async () => null),
    chooseExportPath: vi.fn<Dialogs['chooseExportPath']>(async () => null),
    choosePdfPath: vi.fn<Dialogs['choosePdfPath']>(async () => null),
    saveBeforeClose: vi.fn<Dialogs['saveBeforeClose']>(async () => 'cancel'),
    showError: vi.fn<Dialogs['showError']>(),
    about: vi.fn<Dialogs['about']>(async () => undefined),
  } satisfies Dialogs;
  const grants = createFileGrants();
  const closeGuard = { documentState: vi.fn(), saveAbandoned: vi.fn() };
  const recentChanged = vi.fn();
  const documentStateChanged = vi.fn();
  const renderPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7 budgetnotat'));
  const writeClipboard = vi.fn();
  const ops = createHostOperations({
    dialogs,
    grants,
    settingsFolder: settings,
    documentsFolder: documents,
    recoveryFolder: path.join(settings, 'recovery'),
    closeGuard,
    recentChanged,
    documentStateChanged,
    renderPdf,
    writeClipboard,
  });
  return { root, settings, documents, dialogs, grants, closeGuard, recentChanged, documentStateChanged, renderPdf, writeClipboard, ops };
}

