/**
 * The kill test's child process: saves save number start, start + 1, … to one file in a loop until
 * it is killed, through the app's real save path (saveCaseFile: .bak backup, then atomicWrite),
 * or, to prove that the harness catches a writer that is not atomic, through plain writeFile.
 *
 *   node --import tsx tests/kill/save-loop.ts <target> <variants folder> <atomic|naive>
 *
 * (The harness runs it bundled, which starts three times faster; the code is the same.)
 *
 * Prints "ready" once loaded, waits for "go <start>" on stdin (so the harness can start the next
 * child while it kills this one), then prints "saved <k>" after each save has returned.
 */
import { promises as fs, writeSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { backupPathOf, modifiedAtOf, saveCaseFile } from '../../electron/files/case-files';
import { textFor, variantFile } from './kill-content';

const [target, variantsDir, writer] = process.argv.slice(2);
if (!target || !variantsDir || (writer !== 'atomic' && writer !== 'naive')) throw new Error('usage: save-loop.ts <target> <variants folder> <atomic|naive>');

const variants: string[] = [];
for (let v = 0; ; v++) {
  const text = await fs.readFile(path.join(variantsDir, variantFile(v)), 'utf8').catch(() => null);
  if (text === null) break;
  variants.push(text);
}

/** Truncates and rewrites in place: what a careless save does, and what the test must catch. */
async function naiveSave(file: string, text: string): Promise<void> {
  await fs.writeFile(backupPathOf(file), await fs.readFile(file));
  await fs.writeFile(file, text);
}

async function saveLoop(start: number): Promise<never> {
  let expectedModifiedAt = await modifiedAtOf(target!);
  for (let k = start; ; k++) {
    const text = textFor(variants, k);
    if (writer === 'naive') await naiveSave(target!, text);
    else {
      const result = await saveCaseFile(target!, text, { expectedModifiedAt });
      // Nobody else writes this file, so a conflict here would be a bug in change detection.
      if (result.kind !== 'saved') throw new Error(`save ${k}: ${result.kind}`);
      expectedModifiedAt = result.file.modifiedAt;
    }
    // Synchronous, so the line is in the pipe before the next save starts.
    writeSync(1, `saved ${k}\n`);
  }
}

writeSync(1, 'ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const go = /^go (\d+)$/.exec(line);
  if (go) await saveLoop(Number(go[1]));
}
