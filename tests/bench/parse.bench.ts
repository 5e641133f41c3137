import { readFileSync } from 'node:fs';
import { checkDocument, miitIip2020, parseInput } from '@declcheck/schema';
import { baseDraft, draftBlocks } from '../fixtures/drafts/generator/draft-model';
import { renderDocx } from '../fixtures/drafts/generator/render-docx';
import { renderHtml } from '../fixtures/drafts/generator/render-html';
import { renderText } from '../fixtures/drafts/generator/render-text';
import { mixedText } from './count.bench';
import { time } from './timing';

/** A full draft whose three sections together hold about `chars` characters. */
function draftOfSize(chars: number) {
  const draft = baseDraft();
  const fixed = renderText(draftBlocks(draft), 'tabs', 'filled').length;
  const perSubsection = Math.max(0, Math.floor((chars - fixed) / 9));
  for (const section of draft.sections) {
    for (const sub of section.subsections) sub[1] = mixedText(perSubsection).replace(/\n/g, '');
  }
  return draftBlocks(draft);
}

/** parse + validate, per input kind and size: the time a reviewer waits for a verdict. */
export async function parseBench() {
  const rows: { kind: string; chars: number; bytes: number; medianMs: number; p95Ms: number }[] = [];
  for (const chars of [10_000, 100_000, 1_000_000]) {
    const blocks = draftOfSize(chars);
    const inputs = {
      text: new TextEncoder().encode(renderText(blocks, 'tabs', 'filled')),
      html: new TextEncoder().encode(renderHtml(blocks, 'table', 'filled')),
      docx: await renderDocx(blocks, 'wingdings'),
    };
    for (const [kind, bytes] of Object.entries(inputs)) {
      const run = () => checkDocument(miitIip2020, parseInput(miitIip2020, bytes));
      const t = time(run, chars >= 1_000_000 ? 1500 : 500);
      rows.push({ kind, chars, bytes: bytes.length, medianMs: t.medianMs, p95Ms: t.p95Ms });
    }
  }
  const typical = readFileSync(new URL('../fixtures/drafts/valid-word-paste.txt', import.meta.url));
  const typicalTime = time(() => checkDocument(miitIip2020, parseInput(miitIip2020, new Uint8Array(typical))), 500);
  return { rows, typical: { chars: typical.length, medianMs: typicalTime.medianMs } };
}
