/** One table of the note as it prints: the unit heading in the corner, amounts right-aligned, subtotals and the result in bold. */
import type { NoteTable } from '../../shared/note/note-tables';

export function NoteTableView({ table, onCopy, copyLabel }: { table: NoteTable; onCopy?: (table: NoteTable) => void; copyLabel: string }) {
  return (
    <div className="note-table-block">
      <div className="note-table-title">
        <h2>{table.title}</h2>
        {onCopy && (
          <button type="button" className="no-print" data-testid="copy-table" onClick={() => onCopy(table)}>
            {copyLabel}
          </button>
        )}
      </div>
      <table className="note-table" data-testid="note-table" data-title={table.title}>
        <thead>
          <tr>
            <th className="corner">{table.unitHeading}</th>
            {table.columns.map((col, i) => (
              <th key={i} className={col.align}>
                {col.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.lines.map((line, i) =>
            line.kind === 'section' ? (
              <tr key={i} className="section">
                <td colSpan={table.columns.length + 1}>{line.label}</td>
              </tr>
            ) : (
              <tr key={i} className={`row-${line.rowKind}`} data-row={line.label}>
                <th scope="row">{line.label}</th>
                {table.columns.map((col, j) => (
                  <td key={j} className={col.align}>
                    {line.cells[j] ?? ''}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
