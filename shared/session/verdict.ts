/**
 * What an edit verb decides: the command that makes the edit, or a refusal with the reason in one
 * Danish sentence. A verb is pure, `(case, …) → Verdict`, so the sheet, the panels, the CLI and
 * the tests all make an edit the same way; `EditSession.run` carries it out.
 * `command: null` means there is nothing to change (the same name typed again, a click on nothing).
 */
import type { Command } from '../commands/command';

export type Refusal = { ok: false; reason: string };
export type Verdict<C extends Command = Command> = { ok: true; command: C | null } | Refusal;

export const refuse = (reason: string): Refusal => ({ ok: false, reason });
export const accept = <C extends Command>(command: C): { ok: true; command: C } => ({ ok: true, command });
/** Nothing to change: no refusal, no command. */
export const NOTHING: { readonly ok: true; readonly command: null } = { ok: true, command: null };
