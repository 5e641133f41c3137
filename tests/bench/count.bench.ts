import { count } from '@declcheck/schema';
import { countWords } from 'alfaaz';
import wordsCountModule from 'words-count';
import { timeInterleaved } from './timing';

// words-count is CommonJS with its function on `default`.
const wordsCount = (wordsCountModule as unknown as { default: typeof wordsCountModule }).default ?? wordsCountModule;

/** Mixed text as drafts have it: Chinese prose with numbers, Latin terms and full-width punctuation. */
export function mixedText(chars: number): string {
  const paragraph =
    '平台通过边缘网关接入数控机床、注塑机等设备，提供远程运维、在线排产和供应链协同三类应用，支持5G和有线网络。' +
    '设备综合效率（OEE）提升12%，复工首月产能恢复到疫情前的95%；平台采用 Kubernetes 和 MQTT over TLS 部署。\n';
  return paragraph.repeat(Math.ceil(chars / paragraph.length)).slice(0, chars);
}

/** Texts whose Word 字数 is known, to show which counter agrees with Word. */
const WORD_CASES: readonly (readonly [string, number])[] = [
  ['工业互联网平台，2020年5G应用。', 14],
  ['Hello “世界”', 5],
  ['申报单位简介（不超过300字）', 13],
  ['𠀀𠀁𪚥', 3],
  ['AR/VR 和 AI 技术', 5],
];

/** Throughput of the three counters on the same text; words-count grows faster than linearly, so it sits
 *  out of the 1M-character run. */
export function countBench() {
  const throughputAt = (chars: number, names: readonly (keyof typeof COUNTERS)[]) => {
    const text = mixedText(chars);
    const mb = (text.length * 2) / 1_000_000; // UTF-16 bytes in memory
    const timings = timeInterleaved(
      Object.fromEntries(names.map((name) => [name, () => COUNTERS[name](text)])) as Record<
        (typeof names)[number],
        () => number
      >,
    );
    return Object.fromEntries(
      names.map((name) => {
        const t = timings[name];
        return [
          name,
          { chars, medianMs: t.medianMs, mbPerSecond: mb / (t.medianMs / 1000), result: COUNTERS[name](text) },
        ];
      }),
    );
  };
  const agreement = WORD_CASES.map(([text, word]) => ({
    text,
    word,
    declcheck: count(text),
    alfaaz: countWords(text),
    'words-count': wordsCount(text),
  }));
  return {
    draft: throughputAt(20_000, ['declcheck', 'alfaaz', 'words-count']),
    large: throughputAt(1_000_000, ['declcheck', 'alfaaz']),
    agreement,
  };
}

const COUNTERS = {
  declcheck: (text: string) => count(text),
  alfaaz: (text: string) => countWords(text),
  'words-count': (text: string) => wordsCount(text),
} as const;
