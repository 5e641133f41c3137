import type { CDPSession } from 'playwright-core';
import { launchWithExtension } from '../e2e/support/extension-browser';
import { inPlaywright, overlay } from '../e2e/support/overlay';
import { waitInOverlay } from '../e2e/support/overlay-query';
import { startFixtureServer } from '../support/fixture-server';

const EDITS = 10_000;
/** Edits between two frames: the checker runs once a frame, so 10,000 edits make about 1,000 checks. */
const EDITS_PER_FRAME = 10;

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * The elements that are out of the document but still alive after garbage collection, as the browser's own
 * DevTools lists them (Memory › Detached elements), each as `tag.class`.
 */
async function detachedElements(cdp: CDPSession): Promise<string[]> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('DOM.enable');
  // Experimental in the protocol, so not in Playwright's types.
  const { detachedNodes } = (await cdp.send('DOM.getDetachedDomNodes' as 'DOM.enable')) as unknown as {
    detachedNodes: { treeNode: { localName: string; attributes?: string[] } }[];
  };
  await cdp.send('DOM.disable');
  return detachedNodes.map(({ treeNode }) => {
    const attributes = treeNode.attributes ?? [];
    const className = attributes[attributes.indexOf('class') + 1];
    return attributes.includes('class') && className ? `${treeNode.localName}.${className}` : treeNode.localName;
  });
}

/**
 * Memory in real Chromium with the built extension: the heap after 10,000 edits in an online document compared
 * with before (the edits add and remove text, so the page itself ends as it began), and the elements the
 * content script still holds after a portal removes a field it was checking.
 */
export async function memoryBench() {
  const server = await startFixtureServer();
  const browser = await launchWithExtension();
  try {
    // 10,000 edits to the draft in a contenteditable editor.
    const page = await browser.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(server.url('/drafts/valid-editor-divs.html'));
    await page.evaluate(() => {
      document.body.contentEditable = 'true';
    });
    await browser.activate(page);
    await waitInOverlay(
      inPlaywright(page).inOverlay,
      (root) => !!root?.querySelector('body')?.dataset.checks,
      undefined,
      30_000,
    );
    const edit = (count: number) =>
      page.evaluate(
        async ({ count, perFrame }) => {
          const paragraph = [...document.querySelectorAll('div')].find((d) => d.textContent?.startsWith('建议加大'));
          const text = paragraph?.firstChild?.firstChild as Text;
          for (let i = 0; i < count; i++) {
            if (i % 2 === 0) text.appendData('补充说明。');
            else text.deleteData(text.length - 5, 5);
            if (i % perFrame === perFrame - 1) await new Promise((done) => requestAnimationFrame(done));
          }
        },
        { count, perFrame: EDITS_PER_FRAME },
      );
    await edit(200); // the engine compiles and the caches fill before the baseline is taken
    const checksBefore = Number(await overlay(page).getAttribute('data-checks'));
    const before = await heapUsed(cdp);
    const started = performance.now();
    await edit(EDITS);
    const editMs = performance.now() - started;
    await page.waitForTimeout(300);
    const after = await heapUsed(cdp);
    const checks = Number(await overlay(page).getAttribute('data-checks')) - checksBefore;
    await page.close();

    // A portal form whose profile box is removed while it is over its limit.
    const form = await browser.context.newPage();
    const formCdp = await form.context().newCDPSession(form);
    await form.goto(server.url('/portal-label-for.html'));
    await browser.activate(form);
    await form.locator('#f-profile').fill('公司简介。'.repeat(80));
    // Booleans, not elements: the page keeps nothing for the test.
    const inOverlay = inPlaywright(form).inOverlay;
    await waitInOverlay(
      inOverlay,
      (root) => !!root?.querySelector('[data-role="overflow"][data-path="applicant.profile"]'),
      undefined,
      30_000,
    );
    await form.evaluate(() => document.querySelector('#f-profile')?.closest('.row')?.remove());
    await waitInOverlay(
      inOverlay,
      (root) => !root?.querySelector('[data-path="applicant.profile"]'),
      undefined,
      30_000,
    );
    await form.waitForTimeout(300);
    // The page keeps one removed element on purpose: the count must find it, or it could find nothing.
    await form.evaluate(() => {
      const kept = document.createElement('canvas');
      document.body.append(kept);
      kept.remove();
      (window as unknown as { kept: Element }).kept = kept;
    });
    // The box, its row and the overlay's marks for it are gone from memory, not only from the page.
    const detached = await detachedElements(formCdp);
    const leftBehind = detached.filter((name) => name !== 'canvas');
    if (detached.length === leftBehind.length) throw new Error('the detached elements did not show the one kept');
    await form.close();
    return {
      edits: EDITS,
      checks,
      editMs,
      heapBeforeMb: before / 1_048_576,
      heapAfterMb: after / 1_048_576,
      growthMb: (after - before) / 1_048_576,
      detachedAfterFieldRemoved: leftBehind,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
