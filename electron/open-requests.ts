/**
 * Files the OS asks us to open: on the command line (Windows, Linux, a second launch) or through
 * macOS's open-file event, which can arrive before the window exists. They wait in a queue until
 * the page has loaded.
 */
import path from 'node:path';
import { isCaseFilePath } from './files/case-files';

/** The `.budgetnotat` paths among a process's arguments, absolute. Switches are skipped. */
export function caseFileArgs(argv: readonly string[], cwd: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && isCaseFilePath(arg)).map((arg) => path.resolve(cwd, arg));
}

export interface OpenQueue {
  push(filePath: string): void;
  /** The page is ready to receive files (true) or is (re)loading (false). */
  setReady(ready: boolean): void;
}

export function createOpenQueue(deliver: (filePath: string) => void): OpenQueue {
  const waiting: string[] = [];
  let ready = false;
  return {
    push(filePath) {
      if (ready) deliver(filePath);
      else waiting.push(filePath);
    },
    setReady(next) {
      ready = next;
      if (!ready) return;
      for (const filePath of waiting.splice(0)) deliver(filePath);
    },
  };
}
