/** The benchmark's output: a plain-text table for people, or JSON with `--json`. */

export interface Target {
  /** E.g. "≤ 0.25 × HF". */
  text: string;
  met: boolean;
}

export interface Line {
  metric: string;
  unit: 'ms' | 'MB';
  ours: number;
  peer: number | null;
  target?: Target;
}

export interface Section {
  title: string;
  notes: string[];
  lines: Line[];
}

export interface Report {
  header: string[];
  sections: Section[];
}

const num = (x: number, unit: string) => `${x < 10 ? x.toFixed(2) : x < 1000 ? x.toFixed(1) : x.toFixed(0)} ${unit}`;

const ratio = (l: Line) => (l.peer === null || l.peer === 0 ? '' : (l.ours / l.peer).toFixed(3));

export function formatTable(r: Report): string {
  const head = ['measure', 'ours', 'HyperFormula', 'ours/HF', 'target', ''];
  const out: string[] = [...r.header, ''];
  for (const s of r.sections) {
    const rows = s.lines.map((l) => [
      l.metric,
      num(l.ours, l.unit),
      l.peer === null ? '' : num(l.peer, l.unit),
      ratio(l),
      l.target?.text ?? '',
      l.target ? (l.target.met ? 'met' : 'NOT met') : '',
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const right = new Set([1, 2, 3]);
    const fmt = (cells: string[]) => '  ' + cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
    out.push(s.title);
    for (const n of s.notes) out.push(`  ${n}`);
    out.push(fmt(head));
    out.push('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rows) out.push(fmt(row));
    out.push('');
  }
  return out.join('\n');
}

export function formatJson(r: Report): string {
  return JSON.stringify(
    {
      header: r.header,
      sections: r.sections.map((s) => ({
        title: s.title,
        notes: s.notes,
        lines: s.lines.map((l) => ({ ...l, ratio: l.peer === null || l.peer === 0 ? null : l.ours / l.peer })),
      })),
    },
    null,
    2,
  );
}
