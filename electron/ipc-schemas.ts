/**
 * The argument schema of every host operation. IPC arguments come from a renderer, which is
 * treated as untrusted: nothing reaches a file module before it has passed one of these. Each
 * schema's output type is checked against shared/host.ts by `satisfies`.
 */
import { z } from 'zod';
import type { HostOperation, HostOperations } from '../shared/host';
import { fileRefSchema, filePathSchema, MAX_CASE_TEXT_CHARS, recoveryIdSchema, recoverySchema, timestampSchema } from './files/schemas';

/** An exported workbook; far above any real budget note. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

const suggestedName = z.string().max(255);

/** A copied table; a 10 000-row case's HTML is a few MB. */
export const MAX_CLIPBOARD_CHARS = 50 * 1024 * 1024;

export const ipcSchemas = {
  openCase: z.tuple([z.strictObject({ handle: filePathSchema.optional() })]),
  saveCase: z.tuple([
    z.strictObject({
      file: fileRefSchema.nullable(),
      suggestedName,
      text: z.string().max(MAX_CASE_TEXT_CHARS),
      saveAs: z.boolean(),
      expectedModifiedAt: timestampSchema.nullable(),
    }),
  ]),
  recentFiles: z.tuple([]),
  pickWorkbook: z.tuple([]),
  saveExport: z.tuple([
    z.strictObject({
      suggestedName,
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'for stor'),
    }),
  ]),
  writeRecovery: z.tuple([recoverySchema]),
  listRecoveries: z.tuple([]),
  discardRecovery: z.tuple([z.strictObject({ id: recoveryIdSchema })]),
  printNote: z.tuple([z.strictObject({ suggestedName })]),
  writeClipboard: z.tuple([z.strictObject({ html: z.string().max(MAX_CLIPBOARD_CHARS), text: z.string().max(MAX_CLIPBOARD_CHARS) })]),
  setDocumentState: z.tuple([z.strictObject({ title: z.string().max(1000), dirty: z.boolean() })]),
} satisfies { [K in HostOperation]: z.ZodType<HostOperations[K]['args']> };
