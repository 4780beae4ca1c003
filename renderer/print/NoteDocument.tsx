/**
 * The committee note as pages: page 1 as the xlsx note's page 1 (title, summary, details, the
 * economy table, key figures, stated-figure deviations, the chart), then the table views, on
 * further pages. Each page is portrait or landscape as its tables need; print.css gives each its @page. The note
 * is Danish whatever the editor's language, as the xlsx note is, so its words come with the content.
 */
import type { NoteContent } from '../../shared/note/note-content';
import type { NoteTable } from '../../shared/note/note-tables';
import { NOTE_WORDS } from '../../shared/note/note-content';
import { NoteTableView } from './NoteTableView';

/**
 * The views flow one after another over as many pages as they fill, landscape when any of them
 * needs it (a narrow table fits on a landscape page; a page each would waste paper). A table
 * moves to the next page rather than split, unless it is longer than a page.
 */
function viewPages(views: NoteTable[]): Array<{ orientation: NoteTable['orientation']; views: NoteTable[] }> {
  if (views.length === 0) return [];
  return [{ orientation: views.some((v) => v.orientation === 'landscape') ? 'landscape' : 'portrait', views }];
}

export function NoteDocument({ note, onCopy, copyLabel }: { note: NoteContent; onCopy?: (table: NoteTable) => void; copyLabel: string }) {
  return (
    <div className="note-document" data-testid="note-document">
      <section className={`note-page ${note.economy.orientation}`} data-testid="note-page">
        <h1 data-testid="note-title">{note.title}</h1>
        {note.summary && <p className="note-summary">{note.summary}</p>}
        {note.details.length > 0 && (
          <dl className="note-details">
            {note.details.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        <NoteTableView table={note.economy} onCopy={onCopy} copyLabel={copyLabel} />
        {/* Side by side where the page is wide enough (landscape), so the chart stays on page 1; one under the other on portrait. */}
        <div className="note-under-table">
          <div className="note-facts">
            <div className="note-block" data-testid="note-figures">
              <h2>
                {NOTE_WORDS.figures} <span className="note-unit">({note.figuresUnit})</span>
              </h2>
              <table className="note-figures">
                <tbody>
                  {note.figures.map((f) => (
                    <tr key={f.id} data-figure={f.id}>
                      <th scope="row">{f.label}</th>
                      <td>{f.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {note.problems.map((p) => (
                <p key={p} className="note-problem">
                  {p}
                </p>
              ))}
            </div>
            {note.deviations.length > 0 && (
              <div className="note-block" data-testid="note-deviations">
                <h2>{NOTE_WORDS.deviations}</h2>
                <table className="note-deviations">
                  <thead>
                    <tr>
                      <th>{NOTE_WORDS.row}</th>
                      <th>{NOTE_WORDS.column}</th>
                      <th>{NOTE_WORDS.kind}</th>
                      <th className="right">{NOTE_WORDS.stated}</th>
                      <th className="right">{NOTE_WORDS.computed}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {note.deviations.map((d) => (
                      <tr key={`${d.row}:${d.column}`}>
                        <td>{d.row}</td>
                        <td>{d.column}</td>
                        <td>{d.kind}</td>
                        <td className="right">{d.stated}</td>
                        <td className="right">{d.computed}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
          {note.chartSvg && (
            <div className="note-block note-chart">
              <h2>{NOTE_WORDS.chart}</h2>
              {/* An image, not inline markup: nothing from the case is injected into the page. */}
              <img data-testid="note-chart" alt={NOTE_WORDS.chart} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(note.chartSvg)}`} />
            </div>
          )}
        </div>
      </section>
      {viewPages(note.views).map(({ orientation, views }, i) => (
        <section key={i} className={`note-page ${orientation}`} data-testid="note-page">
          {views.map((view, j) => (
            <NoteTableView key={j} table={view} onCopy={onCopy} copyLabel={copyLabel} />
          ))}
        </section>
      ))}
    </div>
  );
}
