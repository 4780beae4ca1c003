/** A new name for a row or a section; a name cannot be empty (formulas name rows by it). */
import type { CommandOf } from '../../commands/command';
import type { RowId, SectionId } from '../../model/ids';
import { accept, refuse, type Verdict } from '../verdict';

const EMPTY_NAME = 'Et navn kan ikke være tomt';

export function renameRow(row: RowId, label: string): Verdict<CommandOf<'renameRow'>> {
  return label.trim() === '' ? refuse(EMPTY_NAME) : accept({ type: 'renameRow', row, label });
}

export function renameSection(section: SectionId, label: string): Verdict<CommandOf<'renameSection'>> {
  return label.trim() === '' ? refuse(EMPTY_NAME) : accept({ type: 'renameSection', section, label });
}
