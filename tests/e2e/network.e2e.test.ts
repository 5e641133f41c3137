import { describe, expect, it } from 'vitest';
import { counter, overlay } from './support/overlay';
import { useSession } from './support/session';

describe('privacy: the extension sends nothing anywhere', () => {
  const session = useSession();

  it('over a whole session — checking, typing, saving drafts, the manager and the checker — every request stays local', async () => {
    const requests: string[] = [];
    session.browser.context.on('request', (request) => requests.push(request.url()));

    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-table.html?network'));
    await session.browser.activate(page);
    await page.locator('textarea[name="dwjj"]').fill('工'.repeat(320));
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('320 / 300 字');
    await page.locator('input[name="dwmc"]').fill('华东智造');
    await page.locator('input[name="dwmc"]').blur();
    await page.goto(session.server.url('/editor-quill.html'));
    await session.browser.activate(page);
    await expect.poll(() => overlay(page).locator('[data-role="status"]').count()).toBe(1);
    for (const extensionPage of ['drafts.html', 'checker.html', 'options.html']) {
      await page.goto(`chrome-extension://${session.browser.extensionId}/${extensionPage}`);
      await page.waitForLoadState('networkidle');
    }
    await page.close();

    const outside = requests.filter(
      (url) =>
        !url.startsWith(session.server.origin) && !url.startsWith('chrome-extension://') && !/^(data|blob):/.test(url),
    );
    expect(requests.length).toBeGreaterThan(5); // the recorder saw the session
    expect(outside).toEqual([]);
  });
});
