/** One valid argument list and several invalid ones for every host operation. */
import type { HostOperation, HostOperations } from '../../../shared/host';

export const VALID_ARGS: { [K in HostOperation]: HostOperations[K]['args'] } = {
  openCase: [{ handle: '/sager/sag.budgetnotat' }],
  saveCase: [{ file: { name: 'sag.budgetnotat', handle: '/sager/sag.budgetnotat' }, suggestedName: 'Sag', text: '{}', saveAs: false, expectedModifiedAt: 1700000000000 }],
  recentFiles: [],
  pickWorkbook: [],
  saveExport: [{ suggestedName: 'Notat', bytes: new Uint8Array([80, 75, 3, 4]) }],
  writeRecovery: [{ id: 'r1abc', title: 'Sag', file: null, savedAt: 1, text: '{}' }],
  listRecoveries: [],
  discardRecovery: [{ id: 'r1abc' }],
  printNote: [{ suggestedName: 'Din vej i job.pdf' }],
  writeClipboard: [{ html: '<table><tr><td>1.476</td></tr></table>', text: '1.476' }],
  setDocumentState: [{ title: 'Sag', dirty: true }],
};

const noArgs: unknown[][] = [[1], [{}], [null]];

export const INVALID_ARGS: { [K in HostOperation]: unknown[][] } = {
  openCase: [[], [{ handle: 5 }], [{ handle: '' }], [{ handle: 'a\0b' }], [{ handle: 'x', extra: true }], ['x'], [{}, {}], [null]],
  saveCase: [
    [],
    [{ ...VALID_ARGS.saveCase[0], text: 42 }],
    [{ ...VALID_ARGS.saveCase[0], saveAs: 'yes' }],
    [{ ...VALID_ARGS.saveCase[0], expectedModifiedAt: Number.NaN }],
    [{ ...VALID_ARGS.saveCase[0], file: { name: 'x' } }],
    [{ ...VALID_ARGS.saveCase[0], __proto__: null, constructor: 'x' }],
  ],
  recentFiles: noArgs,
  pickWorkbook: noArgs,
  saveExport: [[{ suggestedName: 'x', bytes: [1, 2, 3] }], [{ suggestedName: 'x', bytes: 'UEsDBA==' }], [{ bytes: new Uint8Array(1) }]],
  writeRecovery: [[{ ...VALID_ARGS.writeRecovery[0], id: '../escape' }], [{ ...VALID_ARGS.writeRecovery[0], savedAt: -1 }], [{ ...VALID_ARGS.writeRecovery[0], text: undefined }]],
  listRecoveries: noArgs,
  discardRecovery: [[{ id: '../../etc/passwd' }], [{ id: '' }], [{}], ['r1abc']],
  writeClipboard: [[], [{ html: '<b>x</b>' }], [{ html: 1, text: 'x' }], [{ html: 'x', text: 'x', files: ['/etc/passwd'] }], ['x']],
  printNote: [[], [{}], [{ suggestedName: 5 }], [{ suggestedName: 'x', path: '/etc/x.pdf' }], ['x.pdf']],
  setDocumentState: [[{ title: 'x', dirty: 'yes' }], [{ title: 1, dirty: true }], [{ dirty: false }]],
};
