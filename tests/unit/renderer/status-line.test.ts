/** The status line's one rule: a message stays until the user's next action changes the document. */
import { describe, expect, it } from 'vitest';
import { StatusLine } from '../../../renderer/state/status-line';
import { Workbench } from '../../../renderer/state/workbench';
import { allRows } from '../../../shared/model/rows';
import { templateCase } from '../../../shared/templates/index';

function open() {
  const c = templateCase('kk-sydhavnen-2022')!;
  const workbench = new Workbench(c);
  const status = new StatusLine(workbench);
  let notified = 0;
  status.subscribe(() => notified++);
  const input = allRows(c)[0]!.id;
  const edit = (value: string) => workbench.execute({ type: 'setCells', cells: [{ row: input, period: 0, cell: { value } }] });
  return { workbench, status, edit, notified: () => notified };
}

describe('the status line', () => {
  it('keeps an error however long it takes to read it', async () => {
    const { status } = open();
    status.post('Formlen kan ikke læses', 'error');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(status.getSnapshot()).toEqual({ text: 'Formlen kan ikke læses', kind: 'error' });
  });

  it('clears the message on the next edit, undo and redo', () => {
    const { status, edit, workbench } = open();
    status.post('Ugyldigt tal: 1,2,3', 'error');
    expect(edit('1000')).toBeNull();
    expect(status.getSnapshot()).toBeNull();
    status.post('Indsatte 2 × 2 celler', 'info');
    workbench.undo();
    expect(status.getSnapshot()).toBeNull();
    status.post('Indsatte 2 × 2 celler', 'info');
    workbench.redo();
    expect(status.getSnapshot()).toBeNull();
  });

  it('clears the message when another case is opened or created, and keeps the one that action posts', () => {
    const { status, workbench } = open();
    status.post('Resultatrækken kan ikke slettes.', 'error');
    workbench.load(templateCase('rebild-ips-2022')!, null, null, true);
    expect(status.getSnapshot()).toBeNull();
    status.post('Åbnede rebild.budgetnotat', 'info');
    expect(status.getSnapshot()?.text).toBe('Åbnede rebild.budgetnotat');
  });

  it('keeps the message of a refused action, which changes nothing', () => {
    const { status, workbench } = open();
    status.post('Gemt som sag.budgetnotat', 'info');
    const refused = workbench.execute({ type: 'deleteRow', row: workbench.getSnapshot().case.result.rowId! });
    expect(refused).not.toBeNull();
    expect(status.getSnapshot()?.text).toBe('Gemt som sag.budgetnotat');
    status.post(refused!, 'error');
    expect(status.getSnapshot()).toEqual({ text: refused, kind: 'error' });
  });

  it('tells its listeners only when the message changes', () => {
    const { status, edit, notified } = open();
    edit('1');
    expect(notified()).toBe(0);
    status.post('Gemt', 'info');
    edit('2');
    expect(notified()).toBe(2);
  });
});
