import { describe, expect, it } from 'vitest';
import {
  counterSelector,
  markerOverText,
  markerSelector,
  overlayElements,
  overlayText,
} from './support/browsers/overlay-reads';
import type { TestPage } from './support/browsers/test-browser';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

/** Focuses a control inside the shadow root of the element `host` finds, as the user's click into it does. */
function focusIn(page: TestPage, host: string, control: string): Promise<void> {
  return page.evaluate(
    ({ hostSelector, controlSelector }) => {
      const box = document.querySelector(hostSelector)?.shadowRoot?.querySelector(controlSelector) as HTMLElement;
      box.focus();
    },
    { hostSelector: host, controlSelector: control },
  );
}

/** Pastes into the focused control of a shadow root (one insertText edit, with its input event). */
function pasteIn(page: TestPage, host: string, control: string, text: string): Promise<void> {
  return page.evaluate(
    ({ hostSelector, controlSelector, value }) => {
      const box = document.querySelector(hostSelector)?.shadowRoot?.querySelector(controlSelector) as HTMLInputElement;
      box.focus();
      box.select();
      if (!document.execCommand('insertText', false, value)) throw new Error(`could not paste into ${controlSelector}`);
    },
    { hostSelector: host, controlSelector: control, value: text },
  );
}

const missing = (page: TestPage, path: string) =>
  overlayElements(page, `[data-role="panel"] li[data-path="${path}"]`).then((list) => list.length);

describe.each(BROWSERS)('a portal of web components, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it('finds the fields in each kind of shadow root (a custom element’s, a div’s, a declarative one) and checks them', async () => {
    const page = await session.open('/portal-shadow.html');
    await session.browser.activate(page);
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('0 / 300 字');
    await pasteIn(page, '#profile-host', 'textarea', '工'.repeat(305));
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('305 / 300 字');

    await expect.poll(() => missing(page, 'applicant.name')).toBe(1);
    await focusIn(page, 'decl-field[name="a1"]', 'input');
    await page.keyboard('华东智造科技有限公司');
    await expect.poll(() => missing(page, 'applicant.name')).toBe(0);

    // Boxes ticked with the keyboard: trusted toggles, in a root no page selector reaches.
    for (const value of ['1', '2', '4']) {
      await focusIn(page, 'section', `input[value="${value}"]`);
      await page.press(' ');
    }
    await expect
      .poll(() =>
        overlayElements(page, markerSelector('solution.capabilities', 'too_many_choices')).then((l) => l.length),
      )
      .toBe(1);
    // Its reason stands clear of the legend drawn in the shadow root, as it does of a legend in the page.
    expect((await markerOverText(page)).underReason).toEqual([]);
  });
});
