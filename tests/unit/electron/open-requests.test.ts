import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileArgs, createOpenQueue } from '../../../electron/open-requests';

describe('files named on the command line', () => {
  it('picks .budgetnotat paths, resolved against the working folder, and skips switches', () => {
    const cwd = path.resolve('/home/k');
    const argv = ['--allow-file-access-from-files', 'sag.budgetnotat', '/abs/B.BUDGETNOTAT', 'notes.txt', '--flag=x.budgetnotat'];
    expect(caseFileArgs(argv, cwd)).toEqual([path.join(cwd, 'sag.budgetnotat'), path.resolve('/abs/B.BUDGETNOTAT')]);
  });
});

describe('open queue', () => {
  it('holds files until the page is ready, then delivers them in order', () => {
    const delivered: string[] = [];
    const queue = createOpenQueue((f) => delivered.push(f));
    queue.push('a');
    queue.push('b');
    expect(delivered).toEqual([]);
    queue.setReady(true);
    expect(delivered).toEqual(['a', 'b']);
    queue.push('c');
    expect(delivered).toEqual(['a', 'b', 'c']);
  });

  it('holds again while the page reloads', () => {
    const delivered: string[] = [];
    const queue = createOpenQueue((f) => delivered.push(f));
    queue.setReady(true);
    queue.setReady(false);
    queue.push('a');
    expect(delivered).toEqual([]);
    queue.setReady(true);
    expect(delivered).toEqual(['a']);
  });
});
