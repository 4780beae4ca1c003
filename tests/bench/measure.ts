/** Timing and memory helpers: warm-up, repeats, medians and percentiles, heap after gc. */
import { performance } from 'node:perf_hooks';

const gcFn = (globalThis as { gc?: () => void }).gc;

export const hasGc = typeof gcFn === 'function';

/** Full collection when node runs with --expose-gc (npm run bench does); a no-op otherwise. */
export function gc(): void {
  if (!gcFn) return;
  gcFn();
  gcFn();
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Milliseconds one call of `f` takes. */
export function timeOnce(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/**
 * Runs `setup` + `f` `warmups` times untimed, then `repeats` times timed (only `f`), collecting
 * garbage before each timed run when `collect` is set (for the long phases).
 */
export function timeRepeated<S>(opts: { warmups: number; repeats: number; collect?: boolean; setup: () => S; run: (s: S) => void; teardown?: (s: S) => void }): number[] {
  for (let i = 0; i < opts.warmups; i++) {
    const s = opts.setup();
    opts.run(s);
    opts.teardown?.(s);
  }
  const samples: number[] = [];
  for (let i = 0; i < opts.repeats; i++) {
    const s = opts.setup();
    if (opts.collect) gc();
    samples.push(timeOnce(() => opts.run(s)));
    opts.teardown?.(s);
  }
  return samples;
}

export interface MemoryDelta {
  /** heapUsed after gc, after minus before, in MB. */
  heapMb: number;
  /** external + array buffers after gc, after minus before, in MB. */
  externalMb: number;
}

/** Memory a structure built by `build` keeps alive, measured after full collections. */
export function retainedMemory<T>(build: () => T, dispose?: (t: T) => void): MemoryDelta {
  gc();
  const before = process.memoryUsage();
  let kept: T | null = build();
  gc();
  const after = process.memoryUsage();
  const mb = (n: number) => n / (1024 * 1024);
  const delta = { heapMb: mb(after.heapUsed - before.heapUsed), externalMb: mb(after.external - before.external) };
  if (dispose) dispose(kept);
  kept = null;
  gc();
  return delta;
}
