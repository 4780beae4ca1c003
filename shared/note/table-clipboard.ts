/**
 * A note table as Word (and LibreOffice Writer, and the ESDH systems' editors) paste it: an HTML
 * table with the formatting inline, since pasted HTML keeps no style sheet. The unit heading in
 * the corner cell, amounts right-aligned as the note shows them ("1.476", "-835"), section headers
 * and subtotals in bold, the result in bold with a rule above it. The same table as a grid of
 * texts gives the tab-separated text/plain beside it.
 */
import type { NoteLine, NoteTable } from './note-tables';

// One font name only: Writer takes a list ("Arial,sans-serif") as the name of one font no one has.
const FONT = 'font-family:Arial;font-size:9pt';
const CELL = `padding:1pt 4pt;vertical-align:top;${FONT}`;
const RULE = 'border-top:1px solid #000';

/**
 * A cell's text in a paragraph of its own with no spacing and the cell's alignment: Writer and
 * Word make every cell a paragraph of their body style (spacing after, the document's font)
 * unless the pasted one says otherwise (Writer reads the margins only with a unit: 0cm, not 0).
 * An empty cell holds a no-break space: Writer drops an empty paragraph for one of its own, with
 * its spacing, and the row grows.
 */
const para = (align: string, html: string) => `<p style="margin-top:0cm;margin-bottom:0cm;text-align:${align};${FONT}">${html === '' ? '&nbsp;' : html}</p>`;

/** The table as texts, one array per line: the header with the unit heading, then every line. */
export function tableGrid(table: NoteTable): string[][] {
  const width = table.columns.length;
  return [
    [table.unitHeading, ...table.columns.map((col) => col.label)],
    ...table.lines.map((l) => [l.label, ...(l.kind === 'row' ? l.cells : []), ...Array<string>(width - (l.kind === 'row' ? l.cells.length : 0)).fill('')]),
  ];
}

export function tableHtml(table: NoteTable): string {
  const head = [
    `<th style="${CELL};text-align:left;border-bottom:1px solid #000">${para('left', `<b>${escapeHtml(table.unitHeading)}</b>`)}</th>`,
    ...table.columns.map((col) => `<th style="${CELL};text-align:${col.align};border-bottom:1px solid #000">${para(col.align, `<b>${escapeHtml(col.label)}</b>`)}</th>`),
  ].join('');
  const body = table.lines.map((l) => lineHtml(table, l)).join('');
  const title = table.title ? `<p style="${FONT};font-weight:bold;margin:0 0 4pt 0">${escapeHtml(table.title)}</p>` : '';
  return `${title}<table style="border-collapse:collapse;${FONT}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function lineHtml(table: NoteTable, l: NoteLine): string {
  if (l.kind === 'section') {
    return `<tr><td colspan="${table.columns.length + 1}" style="${CELL};font-weight:bold;font-style:italic">${para('left', `<b><i>${escapeHtml(l.label)}</i></b>`)}</td></tr>`;
  }
  const bold = l.rowKind === 'subtotal' || l.rowKind === 'result';
  const style = `${CELL}${bold ? ';font-weight:bold' : ''}${l.rowKind === 'result' ? `;${RULE}` : ''}`;
  // <b> as well as the style: some editors keep the tag and drop the inline style, or the reverse.
  const text = (t: string) => (bold && t !== '' ? `<b>${escapeHtml(t)}</b>` : escapeHtml(t));
  const indent = l.rowKind === 'input' || l.rowKind === 'formula' ? ';padding-left:10pt' : '';
  const cells = table.columns.map((col, i) => `<td style="${style};text-align:${col.align};white-space:nowrap">${para(col.align, text(l.cells[i] ?? ''))}</td>`);
  return `<tr><td style="${style}${indent}">${para('left', text(l.label))}</td>${cells.join('')}</tr>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
