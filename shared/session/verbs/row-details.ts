/** What the sheet's classification and Enhed columns take: one field of a row's details as typed. */
import type { CommandOf } from '../../commands/command';
import type { Case, Classification } from '../../model/case';
import type { RowId } from '../../model/ids';
import { findRow } from '../../model/rows';
import { accept, NOTHING, refuse, type Verdict } from '../verdict';

/** The classification fields typed as text (the bucket is chosen, not typed). */
export type TypedClassification = Exclude<keyof Classification, 'bucket'>;

/** A classification field (udvalg, styringsområde, I/U …); cleared when empty. I/U takes I, U or nothing. */
export function setClassification(c: Case, rowId: RowId, key: TypedClassification, text: string): Verdict<CommandOf<'setRowProps'>> {
  const row = findRow(c, rowId);
  if (!row) return NOTHING;
  const value = text.trim();
  if (key === 'iu' && value !== '' && value.toUpperCase() !== 'I' && value.toUpperCase() !== 'U') return refuse('I/U skal være I, U eller tom');
  const classification: Classification = { ...row.classification };
  if (value === '') delete classification[key];
  else if (key === 'iu') classification.iu = value.toUpperCase() as 'I' | 'U';
  else classification[key] = value;
  return accept({ type: 'setRowProps', row: row.id, props: { classification } });
}

/** An assumption's own unit ("måneder"); cleared, the row's unit follows its driver format again. */
export function setUnitText(c: Case, rowId: RowId, text: string): Verdict<CommandOf<'setRowProps'>> {
  const row = findRow(c, rowId);
  if (!row || row.scope !== 'constant') return NOTHING;
  return accept({ type: 'setRowProps', row: row.id, props: { unitText: text.trim() === '' ? undefined : text.trim() } });
}
