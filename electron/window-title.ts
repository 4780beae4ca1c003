/** The window's title: the document's, with a dot while it has unsaved changes. */
export function windowTitle(state: { title: string; dirty: boolean }): string {
  return `${state.dirty ? '• ' : ''}${state.title.trim() || 'Uden titel'} – Budgetnotat`;
}
