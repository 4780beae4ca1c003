/** Every command type and the function that applies it: the one place commands are dispatched. */
import type { Case } from '../model/case';
import type { Command, CommandResult } from './command';
import { setAxis, setCaseProps } from './case-commands';
import { deleteRow, insertRow, moveRow, renameRow, replaceRow, setRowProps } from './row-commands';
import { deleteSection, insertSection, moveSection, renameSection } from './section-commands';
import { setCells } from './set-cells';

type Handlers = { [T in Command['type']]: (c: Case, cmd: Extract<Command, { type: T }>) => CommandResult };

const HANDLERS: Handlers = {
  setCells, insertRow, deleteRow, moveRow, renameRow, setRowProps, replaceRow,
  insertSection, deleteSection, moveSection, renameSection, setCaseProps, setAxis,
};

export function applyCommand(c: Case, cmd: Command): CommandResult {
  const handler = HANDLERS[cmd.type] as (c: Case, cmd: Command) => CommandResult;
  if (!handler) return { ok: false, error: `Ukendt ændring: ${String((cmd as { type: unknown }).type)}` };
  return handler(c, cmd);
}
