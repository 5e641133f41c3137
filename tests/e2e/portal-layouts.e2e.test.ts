import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { markerOverText } from './support/browsers/overlay-reads';
import { counter, inPlaywright, marker, overflowArea, overlay } from './support/overlay';
import { useSession } from './support/session';

/** Each layout: where its profile box and its 技术能力优势 checkboxes are, from the page (or frame) root. */
const LAYOUTS = [
  { page: '/portal-label-for.html', frame: false },
  { page: '/portal-div-radio.html', frame: false },
  { page: '/portal-iframe.html', frame: true },
  { page: '/portal-spa.html', frame: false },
] as const;

describe('portal layouts: labels found by for/id, neighbouring text, legends, in an iframe, and rendered late', () => {
  const session = useSession();

  it.each(LAYOUTS)('$page', async ({ page: path, frame }) => {
    const page: Page = await session.browser.context.newPage();
    await page.goto(session.server.url(path));
    await session.browser.activate(page);
    const root = frame ? page.frameLocator('iframe') : page;
    const profile = root.locator('textarea').first();
    await profile.waitFor();

    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('0 / 300 字');
    await profile.fill('工'.repeat(305));
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('305 / 300 字');
    await expect.poll(() => overflowArea(page, 'applicant.profile').count()).toBeGreaterThan(0);

    const boxes = root.locator('input[type="checkbox"]');
    for (const i of [0, 1, 3]) await boxes.nth(i).check();
    await expect.poll(() => marker(page, 'solution.capabilities', 'too_many_choices').count()).toBe(1);
    // Its reason stands clear of the page's text: in a tight layout, beside the group rather than over the row above.
    if (!frame) expect((await markerOverText(inPlaywright(page))).underReason).toEqual([]);
    await boxes.nth(1).uncheck();
    await profile.fill('工'.repeat(300));
    await expect.poll(() => overlay(page).locator('[data-role="marker"], [data-role="overflow"]').count()).toBe(0);
    await page.close();
  });

  it('gives a path to the better-labelled box: the form field by its <label>, not a search box by its placeholder', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-competing-labels.html'));
    await session.browser.activate(page);
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('0 / 300 字');
    await page.locator('#f-profile').fill('工'.repeat(305));
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('305 / 300 字');
    // The counter stands under the form's box, and the search box's text is nobody's 单位名称.
    const box = await page.locator('#f-profile').boundingBox();
    const shown = await counter(page, 'applicant.profile').boundingBox();
    expect(Math.abs((shown?.y ?? 0) - ((box?.y ?? 0) + (box?.height ?? 0)))).toBeLessThan(6);
    await page.locator('input[name="q1"]').fill('华东');
    await page.locator('#f-name').fill('华东智造科技有限公司');
    await expect
      .poll(() => overlay(page).locator('[data-role="panel"] li[data-path="applicant.name"]').count())
      .toBe(0);
    await page.locator('#f-name').fill('');
    await expect
      .poll(() => overlay(page).locator('[data-role="panel"] li[data-path="applicant.name"]').count())
      .toBe(1);
    await page.close();
  });

  it('reads a subsection label under the section heading it stands under', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-section-place.html'));
    await session.browser.activate(page);
    await expect.poll(() => counter(page, 'sections.issues').textContent()).toBe('0 / 500 字');
    await page.locator('textarea[name="b1"]').fill('工'.repeat(120));
    await page.locator('textarea[name="b2"]').fill('工'.repeat(30));
    // 四 counts its three boxes, the first among them; 三 keeps its own （一）.
    await expect.poll(() => counter(page, 'sections.issues').textContent()).toBe('150 / 500 字');
    expect(await counter(page, 'sections.application').textContent()).toBe('0 / 3000 字');
    await page.locator('textarea[name="a1"]').fill('工'.repeat(7));
    await expect.poll(() => counter(page, 'sections.application').textContent()).toBe('7 / 3000 字');
    await page.close();
  });

  it('reads a select as a choice group', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-label-for.html'));
    await session.browser.activate(page);
    const issue = overlay(page).locator(
      '[data-role="panel"] li[data-path="applicant.size"][data-code="missing_choice"]',
    );
    await expect.poll(() => issue.count()).toBe(1);
    await page.locator('select').selectOption({ label: '中型' });
    await expect.poll(() => issue.count()).toBe(0);
    await page.close();
  });

  it('works under a strict CSP with Trusted Types and causes no violation', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/csp/portal-table.html'));
    expect((await page.evaluate(() => document.title)).length).toBeGreaterThan(0);
    await page.evaluate(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await session.browser.activate(page);
    await page.locator('textarea[name="dwjj"]').fill('工'.repeat(301));
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('301 / 300 字');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.close();
  });
});
