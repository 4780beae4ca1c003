/**
 * Schemas for what the Electron side stores on disk and receives over IPC. Types come from
 * shared/host.ts; each schema says `satisfies` so that the two cannot drift apart.
 */
import { z } from 'zod';
import type { FileRef, Recovery, RecentFile } from '../../shared/host';

/** A case is text; far above any real case, low enough that one message cannot exhaust memory. */
export const MAX_CASE_TEXT_CHARS = 64 * 1024 * 1024;
export const MAX_PATH_CHARS = 4096;

/** Recovery ids become file names, so they are restricted to characters safe on every platform. */
export const RECOVERY_ID = /^[A-Za-z0-9_-]{1,100}$/;

export const filePathSchema = z.string().min(1).max(MAX_PATH_CHARS).refine((p) => !p.includes('\0'), 'NUL i sti');
export const timestampSchema = z.number().min(0);

export const fileRefSchema = z.strictObject({
  name: z.string().max(1024),
  handle: filePathSchema.nullable(),
}) satisfies z.ZodType<FileRef>;

export const recentFileSchema = z.strictObject({
  name: z.string().max(1024),
  handle: filePathSchema,
  openedAt: timestampSchema,
}) satisfies z.ZodType<RecentFile>;

export const recoveryIdSchema = z.string().regex(RECOVERY_ID);

export const recoverySchema = z.strictObject({
  id: recoveryIdSchema,
  title: z.string().max(1000),
  file: fileRefSchema.nullable(),
  savedAt: timestampSchema,
  text: z.string().max(MAX_CASE_TEXT_CHARS),
}) satisfies z.ZodType<Recovery>;
