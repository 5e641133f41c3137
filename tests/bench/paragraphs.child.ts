// One measurement of `paragraphs.bench.ts` in a fresh process, so that its peak memory is its own:
// reads the input file, parses and checks it, prints time and memory as JSON.
import { readFileSync } from 'node:fs';
import { checkDocument, miitIip2020, parseInput } from '@declcheck/schema';

const [file] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file as string));
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const parsed = parseInput(miitIip2020, bytes, file);
checkDocument(miitIip2020, parsed);
const ms = performance.now() - started;
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  JSON.stringify({ ms, peakGrowthMb: (peakRss - rssBefore) / 1048576, items: parsed.text.split('\n').length }),
);
