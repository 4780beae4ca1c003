import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../../electron/window-title';

describe('window title', () => {
  it('shows the case and a dot while there are unsaved changes', () => {
    expect(windowTitle({ title: 'Rebild IPS', dirty: false })).toBe('Rebild IPS – Budgetnotat');
    expect(windowTitle({ title: 'Rebild IPS', dirty: true })).toBe('• Rebild IPS – Budgetnotat');
    expect(windowTitle({ title: '  ', dirty: false })).toBe('Uden titel – Budgetnotat');
  });
});
