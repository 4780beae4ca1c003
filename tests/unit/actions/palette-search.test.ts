import { describe, expect, it } from 'vitest';
import { ACTIONS, isPageAction } from '../../../shared/actions/action-catalog';
import { searchActions } from '../../../renderer/state/palette-search';
import { da } from '../../../renderer/i18n/da';
import { en } from '../../../renderer/i18n/en';

const text = (dict: object, key: string) => key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], dict) as string;
// As the palette builds them: the UI's language first (here Danish), the other second.
const entries = ACTIONS.filter(isPageAction).filter((a) => a.inPalette).map((a) => ({ id: a.id, labels: [text(da, a.labelKey), text(en, a.labelKey)] }));
const ids = (query: string) => searchActions(entries, query).map((e) => e.id);

describe('the palette search', () => {
  it('finds an action by its Danish or its English label', () => {
    expect(ids('fortryd')[0]).toBe('undo');
    expect(ids('undo')).toEqual(['undo']);
    expect(ids('udskriv')).toEqual(['printNote']);
    expect(ids('print')).toEqual(['printNote']);
    expect(ids('tilføj række')).toEqual(['addRow']);
    expect(ids('add row')).toEqual(['addRow']);
  });

  it('ignores case and accents, and takes the start of each word', () => {
    expect(ids('IMPORTER')).toEqual(['importXlsx']);
    // Gem som starts with it; Udskriv / Gem som PDF has words that start so.
    expect(ids('gem so')).toEqual(['saveAs', 'printNote']);
    expect(ids('  save   as ')).toEqual(['saveAs', 'printNote']);
    expect(ids('kopier')).toEqual(['copyTable']);
    expect(ids('forudsaetning')).toEqual(['addDriver']);
  });

  it('puts labels that start with the text first', () => {
    // "Gem" and "Gem som" start with it; "Udskriv / Gem som PDF" only has it as a word.
    expect(ids('gem')).toEqual(['save', 'saveAs', 'printNote']);
  });

  it('lists everything for no text, and nothing for text no label has', () => {
    expect(ids('')).toEqual(entries.map((e) => e.id));
    expect(ids('xyzzy')).toEqual([]);
  });
});
