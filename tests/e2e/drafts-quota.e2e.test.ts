/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { storedRecords } from './support/drafts-database';
import type { ExtensionBrowser } from './support/extension-browser';
import { overlay } from './support/overlay';
import { useSession } from './support/session';

type Hooks = {
  saveDraft(origin: string, message: object): Promise<{ ok: boolean }>;
  failNextWritesForQuota(count: number): void;
};

/** The values of applicant.name kept per draft path, newest first, read raw from the database. */
async function versionsByPath(browser: ExtensionBrowser): Promise<Record<string, string[]>> {
  const versions = await storedRecords<{ key: string; savedAt: number; values: Record<string, string> }>(
    browser.worker,
    'versions',
  );
  const byPath: Record<string, string[]> = {};
  for (const v of versions.sort((a, b) => b.savedAt - a.savedAt)) {
    const path = v.key.split('|')[1] ?? '';
    byPath[path] = [...(byPath[path] ?? []), v.values['applicant.name'] ?? ''];
  }
  return byPath;
}

describe('drafts when the disk is full', () => {
  const session = useSession();

  it('prunes older history, keeps every draft’s newest version, says so, and never drops what was typed', async () => {
    const { browser } = session;
    // Two other forms with a history of five versions each.
    await browser.worker.evaluate(async () => {
      const hooks = (globalThis as unknown as { declcheckTest: Hooks }).declcheckTest;
      for (const path of ['/other-a', '/other-b']) {
        for (let i = 1; i <= 5; i++) {
          await hooks.saveDraft('http://127.0.0.1:9', {
            type: 'declcheck:save-draft',
            path,
            fingerprint: 'abcdef01',
            title: 't',
            template: 'miit-iip-2020',
            values: { 'applicant.name': `${path} 第${i}版` },
            summary: { count: i, errors: 0 },
            savedAt: Date.now() - (10 - i) * 60_000, // recent: kept by the 90-day retention
          });
        }
      }
    });
    const page = await browser.context.newPage();
    await page.goto(session.server.url('/portal-table.html'));
    await browser.activate(page);
    await expect.poll(() => overlay(page).locator('[data-role="status"]').textContent()).toMatch(/识别到 \d+ 个栏目/);
    const name = page.locator('input[name="dwmc"]');
    for (const value of ['第一稿', '第二稿']) {
      await name.fill(value);
      await page.locator('textarea[name="dwjj"]').focus(); // a blur saves at once
      await expect.poll(async () => (await versionsByPath(browser))['/portal-table.html']?.[0]).toBe(value);
    }

    // The next write finds the disk full: history is pruned and the save goes through.
    await browser.worker.evaluate(() =>
      (globalThis as unknown as { declcheckTest: Hooks }).declcheckTest.failNextWritesForQuota(1),
    );
    await name.fill('第三稿');
    await page.locator('textarea[name="dwjj"]').focus();
    const notice = overlay(page).locator('[data-role="storage-notice"]');
    await expect.poll(() => notice.getAttribute('data-notice')).toBe('pruned');
    expect(await notice.textContent()).toMatch(/每份草稿保留最新版本/);
    const { '/portal-table.html': portal, ...others } = await versionsByPath(browser);
    expect(others).toEqual({ '/other-a': ['/other-a 第5版'], '/other-b': ['/other-b 第5版'] });
    // Pruned to its newest (第二稿) before the save, then the save itself: a version of its own, or the same one
    // when typed within a second of 第二稿 (see saveVersion).
    expect(portal).toEqual(portal?.length === 1 ? ['第三稿'] : ['第三稿', '第二稿']);

    // Full even after pruning: the user is told, and the save is retried until space comes back.
    await browser.worker.evaluate(() =>
      (globalThis as unknown as { declcheckTest: Hooks }).declcheckTest.failNextWritesForQuota(1_000),
    );
    await name.fill('第四稿');
    await page.locator('textarea[name="dwjj"]').focus();
    await expect.poll(() => notice.getAttribute('data-notice')).toBe('full');
    await browser.worker.evaluate(() =>
      (globalThis as unknown as { declcheckTest: Hooks }).declcheckTest.failNextWritesForQuota(0),
    );
    await expect
      .poll(async () => (await versionsByPath(browser))['/portal-table.html']?.[0], { timeout: 15_000 })
      .toBe('第四稿');
    // The full disk's notice goes once the save is through — unless that save itself had to prune history to fit
    // (the write retried while space was still short), which the notice then says instead.
    await expect
      .poll(() => notice.evaluateAll((shown) => shown.map((n) => (n as HTMLElement).dataset.notice)))
      .toSatisfy((notices: string[]) => notices.length === 0 || (notices.length === 1 && notices[0] === 'pruned'));
    await page.close();
  });
});
