/** How a part of the editor tells the status line what happened: one sentence, and whether it went wrong. */
export type NoticeKind = 'info' | 'error';
export type Notify = (text: string, kind: NoticeKind) => void;
