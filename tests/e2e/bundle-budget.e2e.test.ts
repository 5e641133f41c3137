import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** Gzip budgets for what every page and the worker load (measured on the store build). */
const BUDGETS_KB = { 'content-scripts/content.js': 60, 'background.js': 60 } as const;

describe('bundle budgets', () => {
  it.each(Object.entries(BUDGETS_KB))('%s stays under %i KB gzip', (file, budget) => {
    const bytes = readFileSync(new URL(`../../.output/chrome-mv3/${file}`, import.meta.url));
    const kb = gzipSync(bytes, { level: 9 }).length / 1024;
    console.log(`${file}: ${kb.toFixed(1)} KB gzip (budget ${budget} KB)`);
    expect(kb).toBeLessThanOrEqual(budget);
  });
});
