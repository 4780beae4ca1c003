import { describe, expect, it } from 'vitest';
import { createFileGrants } from '../../../electron/file-grants';

describe('file grants', () => {
  it('grants exactly the paths given, ignoring case where the platform does', () => {
    const grants = createFileGrants('win32');
    grants.grant('C:\\Sager\\A.budgetnotat');
    expect(grants.isGranted('c:\\sager\\a.budgetnotat')).toBe(true);
    expect(grants.isGranted('C:\\Sager\\B.budgetnotat')).toBe(false);
    const linux = createFileGrants('linux');
    linux.grant('/sager/a.budgetnotat');
    expect(linux.isGranted('/sager/../sager/a.budgetnotat')).toBe(true);
    expect(linux.isGranted('/sager/A.budgetnotat')).toBe(false);
  });
});
