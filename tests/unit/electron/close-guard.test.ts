import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, type CloseChoice } from '../../../electron/close-guard';

function setup(answer: CloseChoice | Error) {
  const deps = {
    ask: vi.fn(async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    }),
    requestSave: vi.fn(),
    close: vi.fn(),
    cancelled: vi.fn(),
  };
  const guard = createCloseGuard(deps);
  return { guard, deps };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('close guard', () => {
  it('lets a clean document close without asking', () => {
    const { guard, deps } = setup('cancel');
    guard.documentState({ title: 'Sag', dirty: false });
    expect(guard.mayClose()).toBe(true);
    expect(deps.ask).not.toHaveBeenCalled();
  });

  it('holds back closing a dirty document and asks once, naming it', async () => {
    const { guard, deps } = setup('cancel');
    guard.documentState({ title: 'Rebild IPS', dirty: true });
    expect(guard.mayClose()).toBe(false);
    expect(guard.mayClose()).toBe(false);
    await settle();
    expect(deps.ask).toHaveBeenCalledOnce();
    expect(deps.ask).toHaveBeenCalledWith('Rebild IPS');
  });

  it('"Annullér" keeps the window open and calls off a quit', async () => {
    const { guard, deps } = setup('cancel');
    guard.documentState({ title: 'Sag', dirty: true });
    guard.mayClose();
    await settle();
    expect(deps.close).not.toHaveBeenCalled();
    expect(deps.cancelled).toHaveBeenCalledOnce();
    expect(guard.mayClose()).toBe(false);
  });

  it('"Gem ikke" closes, and the second close goes through', async () => {
    const { guard, deps } = setup('discard');
    guard.documentState({ title: 'Sag', dirty: true });
    guard.mayClose();
    await settle();
    expect(deps.close).toHaveBeenCalledOnce();
    expect(guard.mayClose()).toBe(true);
  });

  it('"Gem" asks the renderer to save and closes when it reports the document clean', async () => {
    const { guard, deps } = setup('save');
    guard.documentState({ title: 'Sag', dirty: true });
    guard.mayClose();
    await settle();
    expect(deps.requestSave).toHaveBeenCalledOnce();
    expect(deps.close).not.toHaveBeenCalled();
    guard.documentState({ title: 'Sag', dirty: true });
    expect(deps.close).not.toHaveBeenCalled();
    guard.documentState({ title: 'Sag', dirty: false });
    expect(deps.close).toHaveBeenCalledOnce();
    expect(guard.mayClose()).toBe(true);
  });

  it('"Gem" followed by a cancelled save dialog keeps the window open, and a later save does not close it', async () => {
    const { guard, deps } = setup('save');
    guard.documentState({ title: 'Sag', dirty: true });
    guard.mayClose();
    await settle();
    guard.saveAbandoned();
    expect(deps.cancelled).toHaveBeenCalledOnce();
    guard.documentState({ title: 'Sag', dirty: false });
    expect(deps.close).not.toHaveBeenCalled();
  });

  it('a failing dialog counts as "Annullér"', async () => {
    const { guard, deps } = setup(new Error('no display'));
    guard.documentState({ title: 'Sag', dirty: true });
    guard.mayClose();
    await settle();
    expect(deps.close).not.toHaveBeenCalled();
    expect(deps.cancelled).toHaveBeenCalledOnce();
  });

  it('lets the window close when the page has crashed', () => {
    const { guard } = setup('cancel');
    guard.documentState({ title: 'Sag', dirty: true });
    guard.rendererGone();
    expect(guard.mayClose()).toBe(true);
  });
});
