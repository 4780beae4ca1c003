/** A new section after the one in focus, or at the end. */
import type { CommandOf } from '../../commands/command';
import type { Case } from '../../model/case';
import { freshSectionId, newSection } from '../../model/create';
import { accept, type Verdict } from '../verdict';
import type { Place } from './add-row';
import { uniqueLabel } from './unique-label';

export function addSection(c: Case, at: Place | null, label: string): Verdict<CommandOf<'insertSection'>> {
  const after = at?.sectionId ? c.sections.findIndex((s) => s.id === at.sectionId) : c.sections.length - 1;
  return accept({ type: 'insertSection', index: after + 1, section: newSection(freshSectionId(c), uniqueLabel(c, label)) });
}
