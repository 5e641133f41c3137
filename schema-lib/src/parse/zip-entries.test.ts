import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from './input-error.js';
import { DEFAULT_UNZIP_LIMITS, streamEntries, unzipEntries } from './zip-entries.js';

const DOCUMENT = 'word/document.xml';
const wantDocument = (name: string) => name === DOCUMENT;

/** Rewrites every central-directory record's uncompressed size, as a crafted archive lies about it. */
function understate(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
    if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, size, true);
  }
  return out;
}

function refusal(read: () => unknown): InputError {
  try {
    read();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('unzipEntries', () => {
  it('reads the wanted entries, deflated or stored, and nothing else', () => {
    const zip = zipSync({
      [DOCUMENT]: [new TextEncoder().encode('<w:document/>'), { level: 6 }],
      'word/media/image1.png': [new Uint8Array(1000), { level: 0 }],
      'word/styles.xml': [new TextEncoder().encode('<styles/>'), { level: 0 }],
    });
    const entries = unzipEntries(zip, (name) => name.endsWith('.xml'), 'docx');
    expect([...entries.keys()].sort()).toEqual([DOCUMENT, 'word/styles.xml']);
    expect(new TextDecoder().decode(entries.get(DOCUMENT))).toBe('<w:document/>');
  });

  // Work-bound, not timed: deflating the bomb itself takes seconds on a loaded machine.
  it('stops inflating at the limit when the archive under-states the size', { timeout: 60_000 }, () => {
    const bomb = understate(zipSync({ [DOCUMENT]: new Uint8Array(96 * 1024 * 1024) }, { level: 1 }), 1000);
    let delivered = 0;
    const error = refusal(() =>
      streamEntries(bomb, wantDocument, 'docx', () => (chunk) => {
        delivered += chunk.length;
      }),
    );
    expect(error.problem).toMatchObject({ code: 'too_large_unpacked', entry: DOCUMENT, limit: 64 * 1024 * 1024 });
    // Counted, not timed: inflation stopped at the 64 MB budget, never reaching the 96 MB the archive holds.
    expect(delivered).toBeLessThanOrEqual(64 * 1024 * 1024);
    expect(delivered).toBeGreaterThan(56 * 1024 * 1024);
  });

  it('bounds the inflated bytes of all entries together', () => {
    const zip = zipSync({ 'xl/a.xml': new Uint8Array(3000), 'xl/b.xml': new Uint8Array(3000) });
    const limits = { ...DEFAULT_UNZIP_LIMITS, maxEntryBytes: 4000, maxTotalBytes: 5000 };
    expect(unzipEntries(zip, (n) => n === 'xl/a.xml', 'xlsx', limits).get('xl/a.xml')?.length).toBe(3000);
    expect(refusal(() => unzipEntries(zip, () => true, 'xlsx', limits)).problem.code).toBe('too_large_unpacked');
  });

  it('refuses an archive that holds the same entry twice, at once', () => {
    const one = zipSync({ [DOCUMENT]: new TextEncoder().encode('<a/>') });
    // Duplicate the entry by concatenating local headers and central records as a crafted archive does.
    const copies = 480;
    const view = new DataView(one.buffer);
    let end = one.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    const cdStart = view.getUint32(end + 16, true);
    const local = one.subarray(0, cdStart);
    const central = one.subarray(cdStart, end);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < copies; i++) parts.push(local);
    const records: Uint8Array[] = [];
    for (let i = 0; i < copies; i++) {
      const record = central.slice();
      new DataView(record.buffer).setUint32(42, i * local.length, true);
      records.push(record);
    }
    const eocd = one.slice(end);
    const eocdView = new DataView(eocd.buffer);
    eocdView.setUint16(8, copies, true);
    eocdView.setUint16(10, copies, true);
    eocdView.setUint32(12, central.length * copies, true);
    eocdView.setUint32(16, local.length * copies, true);
    const crafted = new Uint8Array(Buffer.concat([...parts, ...records, eocd]));
    const started = performance.now();
    expect(refusal(() => unzipEntries(crafted, wantDocument, 'docx')).problem).toEqual({
      code: 'zip_duplicate_entry',
      format: 'docx',
      entry: DOCUMENT,
    });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('gives up after its time bound, whatever the sizes say', () => {
    const zip = zipSync({ [DOCUMENT]: new Uint8Array(8 * 1024 * 1024) }, { level: 1 });
    const limits = { ...DEFAULT_UNZIP_LIMITS, maxMilliseconds: 0 };
    expect(refusal(() => unzipEntries(zip, wantDocument, 'docx', limits)).messageIn('zh-CN')).toBe(
      'Word 文档（.docx）解压超过 0 秒仍未完成：已停止。请在 Word/WPS 中重新另存后再试',
    );
  });

  it('names a truncated or foreign archive as corrupt', () => {
    const zip = zipSync({ [DOCUMENT]: new Uint8Array(100_000).map((_, i) => i * 7) });
    expect(refusal(() => unzipEntries(zip.subarray(0, zip.length - 30), wantDocument, 'docx')).problem.code).toBe(
      'zip_corrupt',
    );
    expect(refusal(() => unzipEntries(new Uint8Array(100), wantDocument, 'docx')).problem.code).toBe('zip_corrupt');
  });
});
