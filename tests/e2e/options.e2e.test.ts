import { describe, expect, it } from 'vitest';
import { counterSelector, overlayText, paste } from './support/browsers/overlay-reads';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

describe.each(BROWSERS)('options: the count mode, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it('switches open pages’ counters at once, and back to the template’s mode', async () => {
    const page = await session.open('/portal-table.html');
    await session.browser.activate(page);
    await paste(page, 'textarea[name="dwjj"]', 'platform '.repeat(40));
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('40 / 300 字');

    const options = await session.open(session.browser.extensionUrl('options.html'));
    // The options page names the modes in the user's language.
    expect(await options.evaluate(() => document.querySelector('[data-role="count-mode"]')?.textContent)).toContain(
      '字符数（不计空格）',
    );
    await options.click('input[name="count-mode"][value="chars"]');
    await expect.poll(() => options.evaluate(() => document.querySelectorAll('[data-role="saved"]').length)).toBe(1);
    // Back on the form, as the user goes: a tab in the background draws no frames, and checks wait for one.
    await page.bringToFront();
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('320 / 300 字符');
    await expect.poll(() => overlayText(page, '[data-role="status"]')).toContain('字符数（不计空格）');

    await options.bringToFront();
    await options.click('input[name="count-mode"][value="template"]');
    await page.bringToFront();
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('40 / 300 字');
  });
});
