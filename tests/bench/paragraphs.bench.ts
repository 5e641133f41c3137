import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';

/** 14 字, as a short paragraph of a long list (名单, 清单) is. */
const PARAGRAPH = '本单位承担省级智能制造试点项目';

export const PARAGRAPH_KINDS = ['text', 'html', 'docx', 'odt', 'rtf'] as const;

export interface ParagraphRow {
  readonly kind: (typeof PARAGRAPH_KINDS)[number];
  readonly paragraphs: number;
  readonly inputKb: number;
  readonly ms: number;
  /** Peak resident memory the parse and check added, in its own process. */
  readonly peakGrowthMb: number;
}

async function inputOf(kind: ParagraphRow['kind'], n: number): Promise<Uint8Array> {
  const lines = Array.from({ length: n }, (_, i) => `${i + 1}. ${PARAGRAPH}`);
  if (kind === 'text') return new TextEncoder().encode(lines.join('\n'));
  if (kind === 'html')
    return new TextEncoder().encode(`<!doctype html><body>${lines.map((l) => `<p>${l}</p>`).join('')}`);
  if (kind === 'odt') {
    const body = lines.map((l) => `<text:p>${l}</text:p>`).join('');
    const content = `<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
    return zipSync({
      mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.text'),
      'content.xml': new TextEncoder().encode(content),
    });
  }
  if (kind === 'rtf') {
    // As Word and LibreOffice write Chinese: each character \uN with a one-byte fallback.
    const escaped = (l: string) => l.replace(/[^\0-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0)}?`);
    return new TextEncoder().encode(`{\\rtf1\\ansi\\uc1 ${lines.map((l) => `\\pard ${escaped(l)}\\par`).join('\n')}}`);
  }
  const document = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/**
 * Many short paragraphs through each parser, each measured in a fresh Node process: time and peak memory, to
 * show both grow linearly (SourceBuilder once kept a copy of all earlier text per item: 1.5 GB at 10,000).
 */
export async function paragraphsBench(sizes: readonly number[] = [10_000, 100_000]): Promise<ParagraphRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'declcheck-paragraphs-'));
  const rows: ParagraphRow[] = [];
  try {
    for (const kind of PARAGRAPH_KINDS) {
      for (const n of sizes) {
        const bytes = await inputOf(kind, n);
        const file = join(dir, `${kind}-${n}.${kind === 'text' ? 'txt' : kind}`);
        writeFileSync(file, bytes);
        const child = new URL('./paragraphs.child.ts', import.meta.url).pathname;
        const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, file], {
          encoding: 'utf8',
        });
        const { ms, peakGrowthMb } = JSON.parse(out) as { ms: number; peakGrowthMb: number };
        rows.push({ kind, paragraphs: n, inputKb: bytes.length / 1024, ms, peakGrowthMb });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
