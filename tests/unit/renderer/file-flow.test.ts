/**
 * The editor's save and open steps (renderer/state/file-flow.ts) against the main process's real
 * host operations on temp files: a file a colleague changed is never overwritten silently, and each
 * answer to the question does what its button says.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPathOf } from '../../../electron/files/case-files';
import { loadCaseFile } from '../../../shared/file/load';
import { serializeCase } from '../../../shared/file/save';
import type { Host, HostOperation, HostOperations } from '../../../shared/host';
import { blankCase } from '../../../shared/model/create';
import { answerExternalChange, openFile, saveDocument, type ExternalChange, type FileFlow } from '../../../renderer/state/file-flow';
import { Workbench } from '../../../renderer/state/workbench';
import { setupHostOperations } from '../electron/host-fixture';

const caseTitled = (title: string) => ({ ...blankCase(2025), meta: { ...blankCase(2025).meta, title } });
const titleIn = async (file: string) => {
  const loaded = loadCaseFile(await fs.readFile(file, 'utf8'));
  return loaded.ok ? loaded.case.meta.title : loaded.error;
};

/** An editor that opened "sag.budgetnotat" (title "Min"), and a colleague who then saved theirs over it. */
async function setup() {
  const s = await setupHostOperations();
  const file = path.join(s.documents, 'sag.budgetnotat');
  await fs.writeFile(file, serializeCase(caseTitled('Min')));
  const messages: Array<{ text: string; kind: string }> = [];
  const invoke = (<K extends HostOperation>(op: K, ...args: HostOperations[K]['args']) => (s.ops[op] as (...a: typeof args) => Promise<HostOperations[K]['result']>)(...args)) as Host['invoke'];
  const flow: FileFlow = { invoke, workbench: new Workbench(blankCase(2025)), notify: (text, kind) => messages.push({ text, kind }), t: (key, values) => `${key} ${JSON.stringify(values ?? {})}` };
  s.dialogs.chooseCaseToOpen.mockResolvedValueOnce(file);
  expect(await openFile(flow, undefined)).toBe(true);
  flow.workbench.execute({ type: 'setCaseProps', props: { meta: { ...flow.workbench.getSnapshot().case.meta, title: 'Min rettet' } } });

  const colleague = async (text = serializeCase(caseTitled('Kollegas'))) => {
    await fs.writeFile(file, text);
    // Whole seconds ahead: utimes goes through floating-point seconds and may lose a millisecond.
    const later = new Date(Math.ceil(Date.now() / 1000) * 1000 + 10_000);
    await fs.utimes(file, later, later);
    return later.getTime();
  };
  return { s, file, flow, messages, colleague };
}

async function conflict(flow: FileFlow): Promise<ExternalChange> {
  const outcome = await saveDocument(flow, false);
  if (outcome.kind !== 'changedOnDisk') throw new Error(`expected a conflict, got ${outcome.kind}`);
  return outcome.change;
}

describe('saving over a file changed on disk', () => {
  it('saves in place when nobody else changed the file', async () => {
    const { file, flow } = await setup();
    expect(await saveDocument(flow, false)).toEqual({ kind: 'saved' });
    expect(await titleIn(file)).toBe('Min rettet');
    expect(await titleIn(backupPathOf(file))).toBe('Min');
    expect(flow.workbench.getSnapshot().dirty).toBe(false);
    // The time the save reported is the one the next save expects: no false alarm.
    flow.workbench.execute({ type: 'setCaseProps', props: { meta: { ...flow.workbench.getSnapshot().case.meta, title: 'Igen' } } });
    expect(await saveDocument(flow, false)).toEqual({ kind: 'saved' });
  });

  it('writes nothing, keeps the edits and asks, naming the file and when it changed', async () => {
    const { file, flow, colleague } = await setup();
    const when = await colleague();
    const change = await conflict(flow);
    expect(change).toEqual({ file: { name: 'sag.budgetnotat', handle: file }, modifiedAt: when, text: serializeCase(flow.workbench.getSnapshot().case) });
    expect(await titleIn(file)).toBe('Kollegas');
    expect(flow.workbench.getSnapshot()).toMatchObject({ dirty: true, case: { meta: { title: 'Min rettet' } } });
  });

  it('"Genindlæs" replaces the document with their version, which then saves without a new alarm', async () => {
    const { file, flow, colleague } = await setup();
    const when = await colleague();
    expect(await answerExternalChange(flow, await conflict(flow), 'reload')).toEqual({ kind: 'reloaded' });
    expect(flow.workbench.getSnapshot()).toMatchObject({ dirty: false, modifiedAt: when, case: { meta: { title: 'Kollegas' } } });
    expect(await saveDocument(flow, false)).toEqual({ kind: 'saved' });
    expect(await titleIn(file)).toBe('Kollegas');
  });

  it('"Overskriv" writes ours and keeps theirs as the backup', async () => {
    const { file, flow, colleague } = await setup();
    await colleague();
    expect(await answerExternalChange(flow, await conflict(flow), 'overwrite')).toEqual({ kind: 'saved' });
    expect(await titleIn(file)).toBe('Min rettet');
    expect(await titleIn(backupPathOf(file))).toBe('Kollegas');
    expect(flow.workbench.getSnapshot().dirty).toBe(false);
  });

  it('"Gem som" writes ours to the new file and leaves theirs alone', async () => {
    const { s, file, flow, colleague } = await setup();
    await colleague();
    const other = path.join(s.documents, 'min udgave.budgetnotat');
    s.dialogs.chooseCaseSavePath.mockResolvedValueOnce(other);
    expect(await answerExternalChange(flow, await conflict(flow), 'saveAs')).toEqual({ kind: 'saved' });
    expect(await titleIn(other)).toBe('Min rettet');
    expect(await titleIn(file)).toBe('Kollegas');
    expect(flow.workbench.getSnapshot().file).toEqual({ name: 'min udgave.budgetnotat', handle: other });
  });

  it('"Annullér" writes nothing and keeps the edits', async () => {
    const { file, flow, colleague } = await setup();
    await colleague();
    expect(await answerExternalChange(flow, await conflict(flow), 'cancel')).toEqual({ kind: 'notSaved' });
    expect(await titleIn(file)).toBe('Kollegas');
    expect(flow.workbench.getSnapshot()).toMatchObject({ dirty: true, case: { meta: { title: 'Min rettet' } } });
  });

  it('"Genindlæs" of a version that cannot be read says why and keeps our edits', async () => {
    const { flow, messages, colleague } = await setup();
    await colleague('{"format": "budgetnotat", "version": 1, "case": {');
    expect(await answerExternalChange(flow, await conflict(flow), 'reload')).toEqual({ kind: 'notSaved' });
    expect(messages.at(-1)).toMatchObject({ kind: 'error', text: expect.stringMatching(/^files\.openFailed .*sag\.budgetnotat.*slutter midt i sagen/) });
    expect(flow.workbench.getSnapshot()).toMatchObject({ dirty: true, case: { meta: { title: 'Min rettet' } } });
  });
});

describe('opening', () => {
  it('tells the user that a file from an older format was upgraded', async () => {
    const { s, flow, messages } = await setup();
    const old = JSON.parse(serializeCase(caseTitled('Prototype'))) as { version: number; case: Record<string, unknown> & { result: Record<string, unknown>; axis: Record<string, unknown> } };
    old.version = 0;
    delete old.case.views;
    delete old.case.discountRate;
    delete old.case.result.convention;
    delete old.case.axis.labelStyle;
    delete old.case.axis.relativeFirstYear;
    const file = path.join(s.documents, 'gammel.budgetnotat');
    await fs.writeFile(file, JSON.stringify(old));
    s.dialogs.chooseCaseToOpen.mockResolvedValueOnce(file);
    expect(await openFile(flow)).toBe(true);
    expect(messages.at(-1)).toEqual({ kind: 'info', text: 'files.openedMigrated {"name":"gammel.budgetnotat","from":0,"to":1}' });
    expect(flow.workbench.getSnapshot()).toMatchObject({ dirty: false, case: { meta: { title: 'Prototype' } } });
  });
});
