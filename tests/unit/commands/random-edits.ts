/**
 * Random small cases and random edits for the property tests. An edit is drawn as plain numbers
 * and turned into a command against the case it meets, so that most commands are valid (they
 * name rows and sections that exist) and some are not (unknown ids, periods off the axis).
 */
import fc from 'fast-check';
import type { Command } from '../../../shared/commands/command';
import type { Case, Cell, Row, RowKind, Section } from '../../../shared/model/case';
import { EMPTY_META } from '../../../shared/model/create';
import { rowId, sectionId, type SectionId } from '../../../shared/model/ids';
import { allRows } from '../../../shared/model/rows';

const KINDS: RowKind[] = ['input', 'input', 'formula', 'formula', 'driver', 'subtotal', 'result', 'note'];
/** Few labels, so that names collide (ambiguous) and renames make typed names match. */
const LABELS = ['A', 'B', 'C', 'Pris', 'Drift', 'A'];
const SECTION_LABELS = ['Drift', 'Anlæg', 'Økonomi'];

const ref = fc.integer({ min: 1, max: 7 }).map((n) => `{r${n}}`);
const sec = fc.integer({ min: 1, max: 4 }).map((n) => `{s${n}}`);
const year = fc.integer({ min: 2022, max: 2027 });

/** Formulas over rows and sections by id (some that do not exist) and by name, cycles included. */
const formula: fc.Arbitrary<string> = fc.oneof(
  ref.map((a) => `=${a} + 1`),
  ref.map((a) => `=PREV(${a})`),
  fc.tuple(ref, fc.integer({ min: 0, max: 3 })).map(([a, n]) => `=PREV(${a}, ${n}) * 2`),
  sec.map((s) => `=SUM(${s})`),
  ref.map((a) => `=CUMSUM(${a})`),
  fc.tuple(ref, ref).map(([a, b]) => `=${a} * ${b}`),
  fc.tuple(ref, ref).map(([a, b]) => `=IF(${a} > 0, ${b}, -1)`),
  ref.map((a) => `=1 / ${a}`),
  fc.tuple(ref, year).map(([a, y]) => `=${a}[${y}]`),
  fc.tuple(ref, year).map(([a, y]) => `=SUM(${a}[${y}:${y + 1}])`),
  fc.tuple(sec, ref).map(([s, a]) => `=MAX(${s}, ${a})`),
  fc.constantFrom('=A + 1', '=PREV(B) + Pris', '=SUM(Drift)', '=CUMSUM(C)', '=A[2025]', '={s1}', '=1/0', '=(', '=ROUND(A / 3, 2)'),
);

export const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -50, max: 50 }).map((n) => ({ value: String(n) })) },
  { weight: 1, arbitrary: fc.constantFrom({ value: '0.1' }, { value: '-2.25' }, { value: '1000000' }) },
  { weight: 4, arbitrary: formula.map((f) => ({ formula: f })) },
);

const rowSpec = fc.record({
  label: fc.constantFrom(...LABELS),
  kind: fc.constantFrom(...KINDS),
  constant: fc.boolean(),
  cells: fc.array(cellArb, { minLength: 5, maxLength: 5 }),
  service: fc.boolean(),
});

export const caseArb: fc.Arbitrary<Case> = fc
  .record({
    count: fc.integer({ min: 1, max: 4 }),
    sections: fc.array(fc.record({ label: fc.constantFrom(...SECTION_LABELS), rows: fc.array(rowSpec, { maxLength: 4 }) }), { minLength: 1, maxLength: 3 }),
    result: fc.nat(),
    view: fc.boolean(),
  })
  .map(({ count, sections: specs, result, view }) => {
    let n = 0;
    const sections: Section[] = specs.map((s, si) => ({
      id: sectionId(`s${si + 1}`),
      label: s.label,
      rows: s.rows.map((spec): Row => {
        n += 1;
        const constant = spec.constant && (spec.kind === 'driver' || spec.kind === 'input');
        return {
          id: rowId(`r${n}`),
          label: spec.label,
          kind: spec.kind,
          scope: constant ? 'constant' : 'period',
          classification: spec.service ? { styringsomraade: 'Service' } : {},
          cells: spec.cells.slice(0, constant ? 1 : count),
        };
      }),
    }));
    const rows = sections.flatMap((s) => s.rows);
    const c: Case = {
      meta: { ...EMPTY_META, title: 'Tilfældig' },
      unit: 'kr',
      decimals: 0,
      priceLevel: '2024 p/l',
      axis: { firstYear: 2024, count, labelStyle: 'year', relativeFirstYear: 2024 },
      sections,
      result: { rowId: rows.length > 0 ? rows[result % rows.length]!.id : null, convention: 'expensePositive' },
      discountRate: '0.035',
      views: view && rows.length > 0
        ? [{ id: 'v1', title: 'Tabel', rowIds: rows.filter((_, i) => i % 2 === 0).map((r) => r.id), fromPeriod: 0, toPeriod: count - 1, periodLabels: 'year', classificationColumns: [], totalLabel: 'I alt' }]
        : [],
    };
    return c;
  });

export type Step = { kind: 'undo' } | { kind: 'redo' } | { kind: 'command'; draw: Draw };

interface Draw {
  op: number;
  a: number;
  b: number;
  c: number;
  cells: Array<[number, number, Cell]>;
  label: string;
  kind: RowKind;
}

const drawArb: fc.Arbitrary<Draw> = fc.record({
  op: fc.integer({ min: 0, max: 13 }),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
  /** Row pick, period (11: one past the axis), cell. */
  cells: fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 0, max: 11 }), cellArb), { minLength: 1, maxLength: 4 }),
  label: fc.constantFrom(...LABELS, ...SECTION_LABELS, 'Ny'),
  kind: fc.constantFrom(...KINDS),
});

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: drawArb.map((draw): Step => ({ kind: 'command', draw })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'undo' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'redo' }) },
);

/** Picks from a list, or now and then (one time in 4 × length + 1) something that is not in it. */
function pick<T>(list: readonly T[], n: number, missing: T): T {
  return list[Math.floor((n % (4 * list.length + 1)) / 4)] ?? missing;
}

export function commandFor(c: Case, d: Draw): Command {
  const rows = allRows(c);
  const row = pick(rows.map((r) => r.id), d.a, rowId('r99'));
  const section = pick(c.sections.map((s) => s.id), d.b, sectionId('s99'));
  const sectionLength = c.sections.find((s) => s.id === section)?.rows.length ?? 0;
  const place = d.c % (sectionLength + 2);
  const fresh = `r${5 + (d.c % 8)}`;
  switch (d.op) {
    case 0:
      return { type: 'setCells', cells: d.cells.map(([r, p, cell]) => ({ row: pick(rows.map((x) => x.id), r, rowId('r99')), period: p === 11 ? c.axis.count : p % c.axis.count, cell })) };
    case 1: {
      const constant = d.kind === 'driver' && d.a % 2 === 0;
      const cells = d.cells.map(([, , cell]) => cell);
      const row: Row = { id: rowId(fresh), label: d.label, kind: d.kind, scope: constant ? 'constant' : 'period', classification: {}, cells: Array.from({ length: constant ? 1 : c.axis.count }, (_, i) => cells[i] ?? null) };
      return { type: 'insertRow', section, index: place, row };
    }
    case 2:
      return { type: 'deleteRow', row };
    case 3:
      return { type: 'moveRow', row, section, index: place };
    case 4:
      return { type: 'renameRow', row, label: d.label };
    case 5: {
      const props = [{ kind: d.kind }, { scope: d.c % 2 === 0 ? 'constant' : 'period' }, { classification: { styringsomraade: 'Service', bucket: 'besparelse' } }, { note: 'x', driverFormat: 'percent' }] as const;
      return { type: 'setRowProps', row, props: props[d.c % props.length]! };
    }
    case 6: {
      const id = sectionId(`s${1 + (d.c % 5)}`);
      const rowsOf = d.a % 2 === 0 ? [] : [{ id: rowId(fresh), label: d.label, kind: 'input' as const, scope: 'period' as const, classification: {}, cells: Array.from({ length: c.axis.count }, (_, i) => d.cells[i]?.[2] ?? null) }];
      return { type: 'insertSection', index: d.b % (c.sections.length + 2), section: { id, label: d.label, rows: rowsOf } };
    }
    case 7:
      return { type: 'deleteSection', section };
    case 8:
      return { type: 'moveSection', section, index: d.c % (c.sections.length + 1) };
    case 9:
      return { type: 'renameSection', section, label: d.label };
    case 10:
      return d.c % 2 === 0
        ? { type: 'setCaseProps', props: { result: { rowId: rows.length > 0 ? row : null, convention: d.a % 2 === 0 ? 'expensePositive' : 'gainPositive' } } }
        : { type: 'setCaseProps', props: { unit: 'mio kr', decimals: d.a % 4, meta: { ...c.meta, title: d.label } } };
    case 12:
      return appendDrawn(c, d);
    case 13:
      return removeDrawn(c, d, section);
    default:
      return { type: 'setAxis', axis: { firstYear: 2023 + (d.a % 3), count: 1 + (d.b % 5), labelStyle: d.c % 2 === 0 ? 'year' : 'relative', relativeFirstYear: 2023 + (d.a % 3) } };
  }
}

/**
 * Tables imported into the case: one or two sections of new rows after the last one, sometimes a
 * view over them, sometimes a longer axis (now and then one that moves the first year). The ids
 * overlap the ones formulas name ({r6}, {s3}) and sometimes the case's own (refused).
 */
function appendDrawn(c: Case, d: Draw): Command {
  const axis = d.a % 3 === 0 ? { ...c.axis, count: c.axis.count + (d.b % 3), firstYear: c.axis.firstYear + (d.a % 7 === 3 ? 1 : 0) } : undefined;
  const count = axis?.count ?? c.axis.count;
  const sections = Array.from({ length: 1 + (d.b % 2) }, (_, k): Section => ({
    id: sectionId(`s${3 + ((d.c + k) % 4)}`),
    label: k === 0 ? d.label : SECTION_LABELS[d.c % SECTION_LABELS.length]!,
    rows: d.cells.slice(0, 1 + ((d.a + k) % 3)).map(([n, , cell], i): Row => {
      const constant = d.kind === 'driver' && n % 2 === 0;
      return {
        id: rowId(`r${6 + ((d.c + 3 * k + i) % 9)}`),
        label: LABELS[(n + i) % LABELS.length]!,
        kind: i === 0 ? d.kind : 'input',
        scope: constant ? 'constant' : 'period',
        classification: {},
        cells: Array.from({ length: constant ? 1 : count }, (_, p) => d.cells[(i + p) % d.cells.length]![2] ?? cell),
      };
    }),
  }));
  const rowIds = sections.flatMap((s) => s.rows.map((r) => r.id));
  const views = d.b % 2 === 0 ? [{ id: `v${1 + (d.c % 3)}`, title: 'Importeret', rowIds, fromPeriod: 0, toPeriod: count - 1, periodLabels: 'year' as const, classificationColumns: [], totalLabel: 'I alt' }] : [];
  return { type: 'appendSections', sections, views, ...(axis ? { axis } : {}) };
}

/**
 * An import taken back: the last one or two sections with the views that show their rows (now
 * and then none of them, or a section that is not among the last: refused), sometimes a shorter axis.
 */
function removeDrawn(c: Case, d: Draw, section: SectionId): Command {
  const last = c.sections.slice(-Math.max(1, Math.min(1 + (d.a % 3 === 0 ? 1 : 0), c.sections.length - 1)));
  const rowIds = new Set(last.flatMap((s) => s.rows.map((r) => r.id)));
  let m = 0;
  while (m < c.views.length && c.views[c.views.length - 1 - m]!.rowIds.some((id) => rowIds.has(id))) m++;
  const views = d.b % 4 === 3 ? [] : c.views.slice(c.views.length - m).map((v) => v.id);
  const axis = d.c % 3 === 0 ? { ...c.axis, count: c.axis.count - 1 } : undefined;
  return { type: 'removeSections', sections: d.c % 5 === 1 ? [section] : last.map((s) => s.id), views, ...(axis ? { axis } : {}) };
}
