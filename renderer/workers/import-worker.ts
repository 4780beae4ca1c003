/**
 * The Web Worker that reads xlsx workbooks off the editor's thread, so a large or slow file never
 * freezes the window. Started by ./import-client; speaks ./import-protocol.
 */
import { createImportHandler } from './import-handler';
import type { ImportReply, ImportRequest } from './import-protocol';

// The renderer is typed against the DOM; these are the two members of a worker's global scope used here.
const scope = self as unknown as {
  postMessage(reply: ImportReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
};

const handle = createImportHandler((reply) => scope.postMessage(reply));
scope.addEventListener('message', (event) => void handle(event.data));
