import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median milliseconds per call. */
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly runs: number;
}

/** Calls `fn` repeatedly for about `budgetMs` after a warm-up and reports the median and p95 per call. */
export function time(fn: () => unknown, budgetMs = 400): Timing {
  const warmUntil = performance.now() + budgetMs / 4;
  while (performance.now() < warmUntil) fn();
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (performance.now() < until || samples.length < 5) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { medianMs: at(0.5), p95Ms: at(0.95), runs: samples.length };
}

export function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}
