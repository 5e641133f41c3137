/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dropFiles } from './support/drop-files';
import { useSession } from './support/session';

const drafts = new URL('../fixtures/drafts/', import.meta.url);
const validDocx = readFileSync(new URL('valid-wingdings.docx', drafts));
const validText = readFileSync(new URL('valid-word-paste.txt', drafts), 'utf8');

/** Files a reviewer may be sent: broken, hostile or just enormous. */
function corpus(): { name: string; bytes: Uint8Array; expect: 'error' | 'result'; reason?: RegExp }[] {
  const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
  junk.set([0x50, 0x4b, 0x03, 0x04]);
  const rows = Array.from({ length: 10_000 }, (_, r) =>
    Array.from({ length: 10 }, (_, c) => `${r}-${c}`).join(','),
  ).join('\n');
  return [
    {
      name: 'corrupt.docx',
      bytes: junk,
      expect: 'error',
      reason: /^不是可读取的 Word 文档（\.docx）：压缩包已损坏或不完整/,
    },
    {
      name: 'truncated.docx',
      bytes: validDocx.subarray(0, validDocx.length >> 1),
      expect: 'error',
      reason: /^不是可读取的 Word 文档（\.docx）：压缩包已损坏或不完整.*请重新下载或另存后再试$/,
    },
    {
      // 100 MB of zeros packed into about 100 KB: must be refused from its declared size, not unpacked.
      name: 'bomb.docx',
      bytes: zipSync({ 'word/document.xml': new Uint8Array(100 * 1024 * 1024) }, { level: 9 }),
      expect: 'error',
      reason: /^Word 文档（\.docx）解压后过大（word\/document\.xml 超过 64 MB）：已拒绝读取/,
    },
    {
      name: 'nested.html',
      bytes: new TextEncoder().encode(`${'<div>'.repeat(100_000)}单位名称${'</div>'.repeat(100_000)}`),
      expect: 'error',
      reason: /^文档嵌套了 100,000 层元素（上限 5,000 层），不是申报书/,
    },
    {
      name: 'invalid-utf8.txt',
      bytes: Uint8Array.of(0xff, 0xfe, 0xfd, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1),
      expect: 'result',
    },
    { name: '100000-cells.csv', bytes: new TextEncoder().encode(rows), expect: 'result' },
  ];
}

/** Pastes text as the clipboard would hand it over. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document
      .querySelector('[data-role="paste-target"]')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The page still answers at once: nothing hung. */
async function responsive(page: Page): Promise<number> {
  const started = Date.now();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  return Date.now() - started;
}

describe('bad input in the checker page: a clear message within a bound, never a hung or crashed tab', () => {
  const session = useSession();

  it.each(corpus())('$name', async ({ name, bytes, expect: outcome, reason }) => {
    const page = await session.browser.context.newPage();
    let crashed = false;
    page.on('crash', () => {
      crashed = true;
    });
    await page.goto(`chrome-extension://${session.browser.extensionId}/checker.html`);
    const started = Date.now();
    await dropFiles(page, [{ name, bytes }]);
    const result = page.locator(`[data-role="result"][data-name="${name}"]`);
    await result.waitFor({ timeout: 15_000 });
    const elapsed = Date.now() - started;
    const kind = await result.getAttribute('data-kind');
    if (outcome === 'error') {
      expect(kind).toBe('error');
      const message = (await result.locator('.error').textContent()) ?? '';
      expect(message).toMatch(reason ?? /./);
      expect(message.length).toBeLessThan(200); // one line, not a stack trace
    } else {
      expect(kind === 'draft' || kind === 'table').toBe(true); // read as what it is, however odd
    }
    expect(elapsed).toBeLessThan(10_000);
    expect(await responsive(page)).toBeLessThan(1_000);
    expect(crashed).toBe(false);
    await page.close();
  });

  it('a 20 MB paste, lone surrogates and right-to-left marks', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/checker.html`);
    const odd = validText
      .replace('平台通过边缘网关', '平台\ud800通过\u202e边缘\udfff网关\u200f')
      .replace('建议加大', '\u202d建议\ufeff加大');
    await paste(page, odd);
    await expect.poll(() => page.locator('[data-role="result"]').count()).toBe(1);
    expect(await page.locator('[data-role="result"]').first().getAttribute('data-kind')).not.toBe('error');

    const huge = `${validText}\n${'补充说明文字，'.repeat(Math.ceil((20 * 1024 * 1024) / 7))}`.slice(
      0,
      20 * 1024 * 1024,
    );
    const started = Date.now();
    await paste(page, huge);
    await expect.poll(() => page.locator('[data-role="result"]').count(), { timeout: 30_000 }).toBe(2);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await responsive(page)).toBeLessThan(1_000);
    await page.close();
  });
});
