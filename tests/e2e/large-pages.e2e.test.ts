import { describe, expect, it } from 'vitest';
import { overlayText } from './support/browsers/overlay-reads';
import type { TestPage } from './support/browsers/test-browser';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

/** Frames the page itself drew until `done` answers true: a scan in one long task lets none through. */
async function framesUntil(page: TestPage, done: () => Promise<boolean>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number };
    w.frames_ = 0;
    const count = () => {
      w.frames_++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  while (!(await done())) {
    // asked again at once: the driver's own round trip paces this loop
  }
  return page.evaluate(() => (window as unknown as { frames_: number }).frames_);
}

describe.each(BROWSERS)(
  'large pages, in $label: found without freezing the tab, or a clear word why not',
  ({ launch }) => {
    const session = useBrowser(launch);

    it('a 20,000-input portal: its fields are found while the page keeps drawing', async () => {
      const page = await session.open('/large-page.html?kind=inputs&n=20000');
      await session.browser.activate(page);
      const frames = await framesUntil(page, async () =>
        /识别到 2 个栏目/.test((await overlayText(page, '[data-role="status"]')) ?? ''),
      );
      // The scan is spread over tasks of at most a few tens of milliseconds, with frames in between.
      expect(frames).toBeGreaterThan(3);
    });

    it('a page with no field of the form, too large to read whole: the panel says so, and what to do', async () => {
      const page = await session.open('/large-page.html?kind=grid&n=12000');
      await session.browser.activate(page);
      await expect
        .poll(() => overlayText(page, '[data-role="status"]'), { timeout: 30_000 })
        .toBe('页面过大（36,010 个元素），未整页检查：请选中申报书正文，右键选择「检查选中内容」');
    });

    it('an online document of 100,000 paragraphs is left unchecked, with the way to check it', async () => {
      const page = await session.open('/large-page.html?kind=editor&n=100000');
      await session.browser.activate(page);
      await expect
        .poll(() => overlayText(page, '[data-role="editor-too-large"]'), { timeout: 60_000 })
        .toBe('页面上的在线文档过大，未作检查（申报书远没有这么长）。请将它导出为 .docx，在检查器中打开。');
      expect(await overlayText(page, '[data-action="open-checker"]')).toBe('打开检查页（在其中粘贴全文）');
    });
  },
);

// Building a 400,000-element page in the page takes Firefox ESR 140 longer than a navigation may (30 s); the bound
// itself is the same code in every browser, so one browser shows it.
describe.each(BROWSERS.slice(0, 1))('a page past the scan bound, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it('a portal of 80,000 inputs: the panel says where the scan stopped and what to do', async () => {
    const page = await session.open('/large-page.html?kind=inputs&n=80000');
    await session.browser.activate(page);
    await expect
      .poll(() => overlayText(page, '[data-role="scan-stopped"]'), { timeout: 30_000 })
      .toBe('页面过大：读取 400,000 个节点后停止识别栏目，其余部分未检查。可用下方「指定栏目」指定要检查的输入框。');
  });
});
