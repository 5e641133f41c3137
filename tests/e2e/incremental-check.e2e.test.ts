import { countsOf, miitIip2020, parseHtml } from '@declcheck/schema';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightedText, overlay } from './support/overlay';
import { inOverlayRoot } from './support/overlay-root';
import { openDraftInQuill } from './support/quill';
import { useSession } from './support/session';

const OVERFLOW = '补充内容说明。'.repeat(65);

/** Everything the overlay shows about the document, in order. */
async function shown(page: Page) {
  const host = overlay(page);
  return {
    // With where each counter stands: positions kept from earlier checks must be where a fresh read puts them.
    counters: await host
      .locator('[data-role="counter"]')
      .evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('data-path')} ${el.textContent} @${el.getAttribute('style')}`),
      ),
    issues: await host
      .locator('[data-role="panel"] li')
      .evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('data-path')} ${el.getAttribute('data-code')} ${el.textContent}`),
      ),
    overflow: await highlightedText(page),
  };
}

/**
 * Waits until the overlay shows the editor as it now is: a check runs in the task after the third frame from a
 * change (the one showing it is the first), so after four frames and a task one has run; a keystroke's check may
 * only have counted, and the check for the pause follows (data-settled); then no further check for a while.
 */
async function settled(page: Page): Promise<void> {
  let before: string | null = null;
  for (;;) {
    await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
          ),
        ),
    );
    const [now, done] = await Promise.all([
      overlay(page).getAttribute('data-checks'),
      overlay(page).getAttribute('data-settled'),
    ]);
    if (now === before && done === 'true') return;
    before = now;
    await page.waitForTimeout(200);
  }
}

type Recorded = {
  checks: { cause: string | undefined; settled: string | undefined; view: string; counters: string[] }[];
};

/** Keeps, for each check, why it ran, whether it validated, and the counters it showed with their places. */
async function recordChecks(page: Page): Promise<void> {
  await inOverlayRoot(page, (root) => {
    const host = root?.querySelector('body') as HTMLElement;
    const w = window as unknown as Recorded;
    w.checks = [];
    // The overlay has rendered when its check count changes (see the content script): the counters are the new ones.
    new MutationObserver(() =>
      w.checks.push({
        cause: host.dataset.checkCause,
        settled: host.dataset.settled,
        view: (() => {
          // What the extension's view key holds for the editor (a line added or removed changes its height), and
          // how many paragraphs it has (a Backspace at a paragraph's start joins two: the structure changed).
          const editor = document.querySelector('.ql-editor') as HTMLElement;
          const box = editor.getBoundingClientRect();
          return `${scrollY},${innerHeight},${box.top},${box.height},${editor.scrollTop},${editor.scrollHeight},${editor.childElementCount}`;
        })(),
        counters: [...(root?.querySelectorAll('[data-role="counter"]') ?? [])].map(
          (el) => `${el.getAttribute('data-path')} ${el.textContent} @${el.getAttribute('style')}`,
        ),
      }),
    ).observe(host, { attributeFilter: ['data-checks'] });
  });
}

/** The paths whose counter is over its limit in a recorded check (`sections.issues 501 / 500 …`). */
function overLimit(check: Recorded['checks'][number]): string {
  return check.counters
    .filter((c) => {
      const [count, limit] = c.split(' @')[0]?.match(/\d+/g)?.map(Number) ?? [];
      return count !== undefined && limit !== undefined && count > limit;
    })
    .map((c) => c.split(' ')[0])
    .join();
}

/**
 * What the overlay shows after reading the whole editor again (the page's structure changed around it) and
 * measuring every position again (the window changed size, so nothing measured before is trusted).
 */
async function shownAfterFullRead(page: Page) {
  await page.evaluate(() => {
    const probe = document.createElement('input');
    document.body.append(probe);
    requestAnimationFrame(() => probe.remove());
  });
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: size.width + 1, height: size.height });
  await settled(page);
  await page.setViewportSize(size);
  await settled(page);
  return shown(page);
}

describe('checking while typing: only the edited paragraph is read again', () => {
  const session = useSession();

  it('shows after every kind of edit exactly what a full read of the editor shows', async () => {
    const page = await openDraftInQuill(session);
    const editor = page.locator('.ql-editor');
    const paragraph = (text: string) => editor.locator('p', { hasText: text });

    // What each edit should have cost the last check: the touched paragraphs only, or the whole editor (a
    // paragraph added or removed, a heading typed); undefined where either is right; 'counted' for many keys of
    // which most were only counted.
    type Read = 'paragraphs' | 'whole' | 'counted' | undefined;
    const edits: [string, () => Promise<void>, Read][] = [
      [
        'typing at the end of a paragraph',
        async () => {
          await paragraph('建议加大对中小企业上云用平台的补贴力度。').click();
          await page.keyboard.press('End');
          await settled(page); // what moving the caret did is checked first (see 'typing in another section')
          await page.keyboard.type('并简化申报流程。');
        },
        'paragraphs',
      ],
      // Not one repeated character: a highlight off by a few characters must read differently.
      ['typing past the section’s limit', () => page.keyboard.insertText(OVERFLOW), 'paragraphs'],
      [
        'typing in the middle of an earlier paragraph of the over-length section',
        async () => {
          await paragraph('现场实施人员出行受限').click();
          await page.keyboard.press('Home');
          await settled(page);
          await page.keyboard.type('由于疫情，');
        },
        'paragraphs',
      ],
      [
        'typing in another section',
        async () => {
          await paragraph('平台通过边缘网关').click();
          await page.keyboard.press('End');
          await page.keyboard.type('Edge AI 5G');
        },
        // Moving the caret into another paragraph sometimes brings a change at the editor's top level, and then a
        // whole read is right: either.
        undefined,
      ],
      [
        'a new paragraph',
        () => page.keyboard.press('Enter').then(() => page.keyboard.type('新增一段说明。')),
        undefined,
      ],
      [
        'deleting a paragraph break',
        () => page.keyboard.press('Home').then(() => page.keyboard.press('Backspace')),
        'whole',
      ],
      [
        'typing into a heading',
        async () => {
          await paragraph('（三）政策建议').click();
          await page.keyboard.press('End');
          await page.keyboard.type('与意见');
        },
        'whole',
      ],
      [
        'a heading number typed before a paragraph',
        async () => {
          await paragraph('由于疫情').click();
          await page.keyboard.press('Home');
          await page.keyboard.type('（二）');
        },
        undefined,
      ],
      [
        'a paragraph rewritten as a heading of the form',
        async () => {
          await paragraph('地方复工复产补贴政策').click();
          await page.keyboard.press('Home');
          await page.keyboard.press('Shift+End');
          await page.keyboard.type('（三）政策建议');
        },
        'whole',
      ],
      ['a heading’s last character deleted', () => page.keyboard.press('Backspace'), undefined],
      [
        'deleting the typed overflow',
        async () => {
          await paragraph('并简化申报流程。').click();
          await page.keyboard.press('End');
          await settled(page);
          for (let i = 0; i < OVERFLOW.length; i++) await page.keyboard.press('Backspace');
        },
        'counted',
      ],
    ];
    await recordChecks(page);
    let countedOnly = 0;
    for (const [what, edit, read] of edits) {
      await page.evaluate(() => (window as unknown as Recorded).checks.splice(0));
      await edit();
      await settled(page);
      if (read === 'counted') {
        // Hundreds of keys: whether the last check read a paragraph or the editor is Quill's doing. A check after
        // which the editor stood where it was, with as many paragraphs, and no section crossed its limit only
        // counted; one after a line
        // went validated at once, so how many of each there are depends on the fonts and on the machine (a key
        // that comes 300 ms late meets a pause), not on the extension.
        const counting = await page.evaluate(() => (window as unknown as Recorded).checks);
        counting.forEach((check, i) => {
          const previous = counting[i - 1];
          const same = previous && check.view === previous.view && overLimit(check) === overLimit(previous);
          if (check.cause === 'change' && same)
            expect(check.settled, `${what}: check ${i} of ${counting.length}, nothing moved`).toBe('false');
        });
        expect(counting.filter((c) => c.settled === 'false').length, what).toBeGreaterThan(counting.length / 4);
      } else if (read) expect(await overlay(page).getAttribute('data-editors-read'), what).toBe(read);
      // A keystroke's check that only counted showed what the check when typing paused shows: the same counters,
      // in the same places.
      const checks = await page.evaluate(() => (window as unknown as Recorded).checks);
      const [last, beforeLast] = [checks.at(-1), checks.at(-2)];
      if (last?.cause === 'pause') {
        countedOnly++;
        expect(beforeLast?.settled, what).toBe('false');
        expect(beforeLast?.counters, what).toEqual(last.counters);
      }
      const incremental = await shown(page);
      expect(incremental.counters.length, what).toBeGreaterThan(0);
      expect(incremental, what).toEqual(await shownAfterFullRead(page));
    }

    // Typing a few characters in a line only counts until the pause (a paste of lines, or a heading, validates).
    // How many edits end so depends on key timing: on a loaded machine a late key meets a pause and validates
    // (CI met 3 of the usual 4+). The share of count-only checks is held by the 'counted' edit above.
    expect(countedOnly).toBeGreaterThanOrEqual(2);

    // And the counts are the library's own for the editor's final markup.
    const parsed = parseHtml(miitIip2020, await editor.innerHTML());
    const counts = countsOf(miitIip2020, parsed.declaration).filter((m) => m.limit !== undefined);
    const { counters } = await shown(page);
    const found = counts.filter((c) => parsed.fields[c.path]);
    expect(found.map((m) => m.path)).toEqual(counters.map((c) => c.split(' ')[0])); // every counter, none missed
    const texts = counters.map((c) => c.split(' @')[0]);
    for (const m of found) expect(texts).toContain(`${m.path} ${m.count} / ${m.limit} 字`);
    await page.close();
  });
});
