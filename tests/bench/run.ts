/**
 * `npm run bench`: our engine against HyperFormula 3.5 on the same workloads, in one process.
 *
 * 1. 10 000 rows × 20 periods of chained formulas: load + full recalculation, recalculation after
 *    the top input cell changes, memory kept alive by the built structure.
 * 2. A realistic 2 000-row case (sections, SUM subtotals, a result row), 10 periods: one input
 *    cell edited 200 times, median and p95.
 *
 * Prints a table (or JSON with `--json`); `--repeats N` sets the timed repeats of the long phases.
 * Targets are reported, never enforced: the exit code is 1 only when our values differ from
 * HyperFormula's (a benchmark of wrong answers is worthless) or the incremental update reports the
 * wrong cells.
 */
import os from 'node:os';
import { Engine, type CellRef } from '../../shared/engine/engine';
import { Decimal } from '../../shared/money/decimal';
import type { Scalar } from '../../shared/formula/values';
import type { CellValue } from 'hyperformula';
import { chainInput, chainWorkload, lineInput, sectionsWorkload, sheetCol, withCell, type Workload } from './generate-case';
import { HyperFormulaPeer } from './hyperformula-peer';
import { gc, hasGc, median, percentile, retainedMemory, timeOnce, timeRepeated } from './measure';
import { formatJson, formatTable, type Line, type Report } from './report';

const args = process.argv.slice(2);
const json = args.includes('--json');
const repeatsArg = args.indexOf('--repeats');
const REPEATS = repeatsArg >= 0 ? Math.max(1, Number(args[repeatsArg + 1]) || 5) : 5;
const EDIT_REPEATS = 15;
const ONE_ROW_EDITS = 200;

const progress = (msg: string) => process.stderr.write(`… ${msg}\n`);

/** Collected mismatches; any of them fails the run. */
const errors: string[] = [];

function sameValue(ours: Scalar, peer: CellValue, expected: number | null, where: string): void {
  const oursText = ours instanceof Decimal ? ours.toFixed() : String(ours);
  const ok = ours instanceof Decimal && typeof peer === 'number' && ours.eq(new Decimal(peer)) && (expected === null || ours.eq(new Decimal(expected)));
  if (!ok) errors.push(`${where}: ours ${oursText}, HyperFormula ${String(peer)}${expected === null ? '' : `, expected ${expected}`}`);
}

function spotCheck(w: Workload, engine: Engine, peer: HyperFormulaPeer, cells: Array<{ row: number; period: number; expected?: number }>, phase: string): void {
  for (const { row, period, expected } of cells) {
    const r = w.rows[row]!;
    sameValue(engine.value(r.id, period), peer.value(r.sheetRow, sheetCol(period)), expected ?? null, `${phase}, row ${row} period ${period}`);
  }
}

function failIfWrong(): void {
  if (errors.length === 0) return;
  for (const e of errors) console.error(`ERROR: values differ — ${e}`);
  process.exit(1);
}

/** A small deterministic generator, so every run edits the same cells. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ratioTarget = (text: string, ours: number, peer: number, max: number) => ({ text, met: ours <= max * peer });

function chainBenchmark(): Report['sections'][number] {
  const ROWS = 10_000;
  const PERIODS = 20;
  const w = chainWorkload(ROWS, PERIODS);
  // Closed form of the chain (see chainWorkload), with period 0's input `top0`.
  const source = (i: number, p: number) => Math.max(0, p - Math.floor(i / 10));
  const expected = (i: number, p: number, top0: number) => (source(i, p) === 0 ? top0 : chainInput(source(i, p))) + i;
  const checks = (top0: number) =>
    [
      [ROWS - 1, PERIODS - 1],
      [ROWS - 1, 0],
      [ROWS / 2, PERIODS / 2],
      [35, 19],
      [35, 2],
      [10, 1],
      [1, 0],
    ].map(([row, period]) => ({ row: row!, period: period!, expected: expected(row!, period!, top0) }));

  progress(`${w.name}: load + full recalculation (${REPEATS} timed runs after a warm-up)`);
  const oursLoad = timeRepeated({ warmups: 1, repeats: REPEATS, collect: true, setup: () => null, run: () => void Engine.create(w.case) });
  const peerLoad = timeRepeated({
    warmups: 1,
    repeats: REPEATS,
    collect: true,
    setup: () => ({ peer: null as HyperFormulaPeer | null }),
    run: (s) => void (s.peer = HyperFormulaPeer.build(w.sheet)),
    teardown: (s) => s.peer?.destroy(),
  });

  progress('memory kept alive after building');
  const oursMem = retainedMemory(() => Engine.create(w.case));
  const peerMem = retainedMemory(
    () => HyperFormulaPeer.build(w.sheet),
    (p) => p.destroy(),
  );

  progress(`recalculation after the top input cell changes (${EDIT_REPEATS} repeats after 3 warm-ups)`);
  gc();
  const engine = Engine.create(w.case);
  const peer = HyperFormulaPeer.build(w.sheet);
  spotCheck(w, engine, peer, checks(chainInput(0)), 'chain after load');
  failIfWrong();
  let current = w.case;
  const top = w.rows[0]!;
  const oursEdit: number[] = [];
  const peerEdit: number[] = [];
  let changedCount = 0;
  let topValue = chainInput(0);
  for (let k = 0; k < 3 + EDIT_REPEATS; k++) {
    topValue = chainInput(0) + 1 + k;
    const next = withCell(current, top.section, top.index, 0, { value: String(topValue) });
    gc();
    let changed: CellRef[] = [];
    const tOurs = timeOnce(() => void (changed = engine.update(next, [{ row: top.id, period: 0 }])));
    current = next;
    changedCount = changed.length;
    gc();
    const v = topValue;
    const tPeer = timeOnce(() => void peer.setCell(top.sheetRow, sheetCol(0), v));
    if (k >= 3) {
      oursEdit.push(tOurs);
      peerEdit.push(tPeer);
    }
  }
  spotCheck(w, engine, peer, checks(topValue), 'chain after top edits');
  // The cells whose value comes from period 0's input: period p of row i when p <= floor(i / 10).
  let reached = 0;
  for (let i = 0; i < ROWS; i++) reached += Math.min(PERIODS, Math.floor(i / 10) + 1);
  if (changedCount !== reached) errors.push(`chain top edit: update reported ${changedCount} changed cells, expected ${reached}`);
  failIfWrong();
  peer.destroy();

  const load = { ours: median(oursLoad), peer: median(peerLoad) };
  const edit = { ours: median(oursEdit), peer: median(peerEdit) };
  const lines: Line[] = [
    { metric: 'load + full recalculation (median)', unit: 'ms', ...load, target: ratioTarget('≤ 0.25 × HF', load.ours, load.peer, 0.25) },
    { metric: 'recalculation after top edit (median)', unit: 'ms', ...edit, target: ratioTarget('≤ 0.2 × HF', edit.ours, edit.peer, 0.2) },
    { metric: 'memory kept: heap used after gc', unit: 'MB', ours: oursMem.heapMb, peer: peerMem.heapMb },
    { metric: 'memory kept: external + buffers', unit: 'MB', ours: oursMem.externalMb, peer: peerMem.externalMb },
  ];
  return {
    title: `Workload 1: ${w.name}`,
    notes: [
      `${ROWS * PERIODS} cells, ${(ROWS - 1) * PERIODS} formulas; a top edit changes ${reached} cells.`,
      `Load: Engine.create vs HyperFormula.buildFromArray, median of ${REPEATS} after a warm-up. Top edit: engine.update on a case with the cell replaced vs setCellContents, median of ${EDIT_REPEATS} after 3 warm-ups.`,
    ],
    lines,
  };
}

function oneRowEditBenchmark(): Report['sections'][number] {
  const w = sectionsWorkload(100, 19, 10);
  const PERIODS = w.periods;
  progress(`${w.name}: one input cell edited ${ONE_ROW_EDITS} times`);
  gc();
  let engine: Engine | null = null;
  let peer: HyperFormulaPeer | null = null;
  const oursLoad = timeOnce(() => void (engine = Engine.create(w.case)));
  const peerLoad = timeOnce(() => void (peer = HyperFormulaPeer.build(w.sheet)));
  const e = engine! as Engine;
  const h = peer! as HyperFormulaPeer;
  const result = w.rows.length - 1;
  const subtotalOf = (section: number) => w.rows.findIndex((r) => r.section === section && r.index === 19);
  spotCheck(w, e, h, [...Array.from({ length: PERIODS }, (_, p) => ({ row: result, period: p })), { row: subtotalOf(0), period: 0 }], 'sections after load');
  failIfWrong();

  const inputs = w.rows.map((r, i) => ({ ...r, i })).filter((r) => r.index < 19 && r.section < 100);
  const random = lcg(20300);
  let current = w.case;
  const ours: number[] = [];
  const theirs: number[] = [];
  const touchedSections = new Set<number>();
  for (let k = 0; k < 20 + ONE_ROW_EDITS; k++) {
    const target = inputs[Math.floor(random() * inputs.length)]!;
    const period = Math.floor(random() * PERIODS);
    const value = lineInput(target.section, target.index, period) + 1 + Math.floor(random() * 100_000) / 2;
    const next = withCell(current, target.section, target.index, period, { value: String(value) });
    let changed: CellRef[] = [];
    const tOurs = timeOnce(() => void (changed = e.update(next, [{ row: target.id, period }])));
    current = next;
    const tPeer = timeOnce(() => void h.setCell(target.sheetRow, sheetCol(period), value));
    touchedSections.add(target.section);
    const want = [target.id, w.rows[subtotalOf(target.section)]!.id, w.rows[result]!.id];
    const got = changed.filter((c) => c.period === period).map((c) => c.row);
    const previous = h.value(target.sheetRow, sheetCol(period));
    if (changed.length !== 3 || want.some((id) => !got.includes(id))) {
      errors.push(`one-row edit ${k}: update reported ${JSON.stringify(changed)}, expected the cell, its subtotal and the result in period ${period} (HF now ${String(previous)})`);
    }
    if (k >= 20) {
      ours.push(tOurs);
      theirs.push(tPeer);
    }
  }
  spotCheck(
    w,
    e,
    h,
    [
      ...Array.from({ length: PERIODS }, (_, p) => ({ row: result, period: p })),
      ...[...touchedSections].slice(0, 10).flatMap((s) => Array.from({ length: PERIODS }, (_, p) => ({ row: subtotalOf(s), period: p }))),
    ],
    'sections after edits',
  );
  failIfWrong();
  h.destroy();

  const med = { ours: median(ours), peer: median(theirs) };
  const p95 = { ours: percentile(ours, 95), peer: percentile(theirs, 95) };
  return {
    title: `Workload 2: ${w.name}`,
    notes: [`engine.update vs setCellContents after one input cell changes (the cell, its section subtotal and the result change); ${ONE_ROW_EDITS} edits after 20 warm-ups.`],
    lines: [
      { metric: 'load + full recalculation (one run)', unit: 'ms', ours: oursLoad, peer: peerLoad },
      { metric: 'one-row edit, median', unit: 'ms', ...med, target: ratioTarget('≤ 0.5 × HF', med.ours, med.peer, 0.5) },
      { metric: 'one-row edit, p95', unit: 'ms', ...p95, target: { text: '< 2 ms', met: p95.ours < 2 } },
    ],
  };
}

const report: Report = {
  header: [
    `Budgetnotat engine vs HyperFormula ${HyperFormulaPeer.version} — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
    `Times in ms (median unless said), memory in MB; ${hasGc ? 'gc between phases' : 'WARNING: no --expose-gc, memory figures and timings are unreliable'}.`,
    'Targets are measured, not enforced.',
  ],
  sections: [chainBenchmark(), oneRowEditBenchmark()],
};
console.log(json ? formatJson(report) : formatTable(report));
