/**
 * Every command type and the function that applies it: the one place commands are dispatched.
 * The table's type makes the compiler refuse a command type without a handler.
 *
 * @example
 * const r = applyCommand(c, { type: 'renameRow', row: rowId('r3'), label: 'Besparelse' });
 * if (r.ok) { c = r.case; history.push(r.inverse); }
 */
import type { Case } from '../model/case';
import { appendSections } from './append-sections';
import type { ApplyFn, Command, CommandResult, CommandType } from './command';
import { deleteRow } from './delete-row';
import { deleteSection } from './delete-section';
import { insertRow } from './insert-row';
import { insertSection } from './insert-section';
import { moveRow } from './move-row';
import { moveSection } from './move-section';
import { removeSections } from './remove-sections';
import { renameRow } from './rename-row';
import { renameSection } from './rename-section';
import { replaceRow } from './replace-row';
import { setAxis } from './set-axis';
import { setCells } from './set-cells';
import { setCaseProps } from './set-meta';
import { setRowProps } from './set-row-props';

type Handlers = { [T in CommandType]: ApplyFn<T> };

const HANDLERS: Handlers = {
  setCells, insertRow, deleteRow, moveRow, renameRow, setRowProps, replaceRow,
  insertSection, deleteSection, moveSection, renameSection, appendSections, removeSections, setCaseProps, setAxis,
};

export function isCommandType(type: unknown): type is CommandType {
  return typeof type === 'string' && Object.hasOwn(HANDLERS, type);
}

/** Applies a command; never throws on a bad command, returns `{ ok: false, error }` instead. */
export function applyCommand(c: Case, cmd: Command): CommandResult {
  if (typeof cmd !== 'object' || cmd === null || !isCommandType(cmd.type)) {
    return { ok: false, error: `Ukendt ændring: ${String((cmd as { type?: unknown } | null)?.type)}` };
  }
  // The table pairs each type with its handler; TypeScript cannot follow that through the index.
  const handler = HANDLERS[cmd.type] as ApplyFn<CommandType>;
  return handler(c, cmd);
}
