import { describe, expect, it } from 'vitest';
import { overlayText } from './support/browsers/overlay-reads';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

describe.each(BROWSERS)(
  'a sandboxed page, in $label: checked, but no draft kept under its "null" origin',
  ({ launch }) => {
    const session = useBrowser(launch);

    it('keeps nothing for a page whose origin every sandboxed page of every site shares', async () => {
      const sandboxed = await session.open('/sandboxed/portal-label-for.html');
      expect(await sandboxed.evaluate(() => window.origin)).toBe('null');
      await session.browser.activate(sandboxed);
      await expect.poll(() => overlayText(sandboxed, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);
      await sandboxed.type('#f-profile', '沙箱页面里的文字');
      // Still checked: the counter follows what is typed.
      await expect
        .poll(() => overlayText(sandboxed, '[data-role="counter"][data-path="applicant.profile"]'))
        .toBe('8 / 300 字');

      // The same form on a normal page saves: once its draft is on disk, the sandboxed page's would have been too.
      const normal = await session.open('/portal-label-for.html');
      await session.browser.activate(normal);
      await expect.poll(() => overlayText(normal, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);
      await normal.type('#f-profile', '正常页面里的文字');
      const stored = () => session.browser.storedRecords<{ key: string; values: Record<string, unknown> }>('versions');
      await expect.poll(async () => JSON.stringify(await stored())).toContain('正常页面里的文字');
      const all = await stored();
      expect(JSON.stringify(all)).not.toContain('沙箱页面里的文字');
      expect(all.filter((v) => v.key.startsWith('null|'))).toEqual([]);
    });
  },
);
