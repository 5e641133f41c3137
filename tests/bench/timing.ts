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

/**
 * Times several functions in alternating rounds and pools each one's samples: run one after the other, the
 * first would warm the machine (CPU frequency, caches, the engine's tiers) for the others, which made one
 * counter look slower in a comparison than when timed alone.
 */
export function timeInterleaved<K extends string>(
  fns: Readonly<Record<K, () => unknown>>,
  rounds = 8,
  budgetMs = 600,
): Record<K, Timing> {
  const names = Object.keys(fns) as K[];
  const pooled = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (const name of names) time(fns[name], budgetMs / 4); // everyone warmed up before any round counts
  for (let round = 0; round < rounds; round++) {
    // Alternate the order too, so no one always goes first.
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const until = performance.now() + budgetMs / rounds;
      do {
        const start = performance.now();
        fns[name]();
        pooled[name].push(performance.now() - start);
      } while (performance.now() < until);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const samples = pooled[name].sort((a, b) => a - b);
      const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
      return [name, { medianMs: at(0.5), p95Ms: at(0.95), runs: samples.length }];
    }),
  ) as Record<K, Timing>;
}
