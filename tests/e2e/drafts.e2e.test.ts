/// <reference types="chrome" />
import { count } from '@declcheck/schema';
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { overlayText, paste } from './support/browsers/overlay-reads';
import type { TestPage } from './support/browsers/test-browser';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';
import { storedRecords } from './support/drafts-database';
import { overlay } from './support/overlay';
import { inOverlayRoot } from './support/overlay-root';
import { pasteDraftIntoQuill } from './support/quill';
import { useSession } from './support/session';

/** Every saved version, read straight from the extension's IndexedDB in its service worker. */
function savedVersions(worker: Worker) {
  return storedRecords<{
    key: string;
    savedAt: number;
    values: Record<string, unknown>;
    summary: { count: number };
  }>(worker, 'versions');
}

describe('drafts that are never lost', () => {
  const session = useSession();

  it('a hostile page cannot reach the drafts: no database in its origin, no way to message the extension', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-table.html'));
    await session.browser.activate(page);
    const countBefore = (await savedVersions(session.browser.worker)).length;
    const seen = await page.evaluate(async () => {
      window.postMessage({ type: 'declcheck:save-draft', path: '/x', fingerprint: '00000000', values: {} }, '*');
      document.dispatchEvent(new CustomEvent('declcheck:get-draft'));
      const databases = (await indexedDB.databases()).map((d) => d.name);
      return {
        databases,
        runtime: typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
          ?.sendMessage,
      };
    });
    expect(seen.databases).not.toContain('declcheck-drafts');
    expect(seen.runtime).toBe('undefined');
    await page.waitForTimeout(300);
    expect((await savedVersions(session.browser.worker)).length).toBe(countBefore);
    await page.close();
  });

  it('a service worker stopped in the middle of a burst of saves loses nothing: the last keystroke is kept', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-table.html?burst'));
    await session.browser.activate(page);
    await expect.poll(() => overlay(page).locator('[data-role="status"]').textContent()).toMatch(/识别到 \d+ 个栏目/);
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const box = page.locator('textarea[name="syms"]');
    for (let i = 0; i < 30; i++) {
      await box.pressSequentially('字');
      if (i === 10 || i === 20) await cdp.send('ServiceWorker.stopAllWorkers');
      if (i % 5 === 0) await page.locator('input[name="dwmc"]').focus(); // blur flushes a save mid-burst
      await box.focus();
    }
    await box.pressSequentially('终');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    const worker = async () =>
      session.browser.context.serviceWorkers()[0] ?? session.browser.context.waitForEvent('serviceworker');
    await expect
      .poll(async () =>
        (await savedVersions(await worker()).catch(() => [])).some(
          (v) => v.values['sections.overview.businessModel'] === `${'字'.repeat(30)}终`,
        ),
      )
      .toBe(true);
    await page.close();
  });

  it('keeps the newest 50 versions of a draft and one per older hour, oldest pruned first', async () => {
    const worker =
      session.browser.context.serviceWorkers()[0] ?? (await session.browser.context.waitForEvent('serviceworker'));
    const kept = await worker.evaluate(async () => {
      const test = (
        globalThis as unknown as { declcheckTest: { saveDraft(origin: string, m: unknown): Promise<{ ok: boolean }> } }
      ).declcheckTest;
      const hour = 3_600_000;
      const start = Date.UTC(2020, 4, 1);
      // 10 hours with 3 saves each, then 60 saves in the last hour.
      const times = [
        ...Array.from({ length: 30 }, (_, i) => start + Math.floor(i / 3) * hour + (i % 3) * 60_000),
        ...Array.from({ length: 60 }, (_, i) => start + 10 * hour + i * 1000),
      ];
      for (const savedAt of times) {
        const reply = await test.saveDraft('https://portal.example', {
          type: 'declcheck:save-draft',
          path: '/history',
          fingerprint: 'abcdef01',
          title: 't',
          template: 'miit-iip-2020',
          values: { 'applicant.name': String(savedAt) },
          summary: { count: 1, errors: 0 },
          savedAt,
        });
        if (!reply.ok) throw new Error('save failed');
      }
      return times;
    });
    const versions = (await savedVersions(worker)).filter((v) => v.key === 'https://portal.example|/history|abcdef01');
    const savedAts = versions.map((v) => v.savedAt).sort((a, b) => a - b);
    const newest50 = kept.slice(-50);
    const olderHours = Array.from({ length: 10 }, (_, h) => kept[h * 3 + 2]); // the newest save of each earlier hour
    expect(savedAts).toEqual([...olderHours, ...newest50].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it("files one page's saves of one second as one version, keeping every save's values, and other pages' apart", async () => {
    const worker =
      session.browser.context.serviceWorkers()[0] ?? (await session.browser.context.waitForEvent('serviceworker'));
    await worker.evaluate(async () => {
      const test = (
        globalThis as unknown as { declcheckTest: { saveDraft(origin: string, m: unknown): Promise<{ ok: boolean }> } }
      ).declcheckTest;
      const start = Date.UTC(2021, 4, 1);
      const save = async (stream: string, offset: number, text: string) => {
        const reply = await test.saveDraft('https://portal.example', {
          type: 'declcheck:save-draft',
          path: '/streams',
          fingerprint: 'abcdef02',
          title: 't',
          template: 'miit-iip-2020',
          values: { 'applicant.name': text },
          summary: { count: text.length, errors: 0 },
          savedAt: start + offset,
          stream,
        });
        if (!reply.ok) throw new Error('save failed');
      };
      const a = '00000000-0000-4000-8000-00000000000a';
      const b = '00000000-0000-4000-8000-00000000000b';
      // Keystrokes 100 ms apart from one page: 0…900 ms is one version, 1000 ms opens the next.
      for (let i = 0; i <= 10; i++) await save(a, i * 100, '华'.repeat(i + 1));
      // Another page on the same form, in the same second: its own version.
      await save(b, 1050, '另一页');
    });
    const versions = (await savedVersions(worker))
      .filter((v) => v.key === 'https://portal.example|/streams|abcdef02')
      .sort((x, y) => x.savedAt - y.savedAt);
    const start = Date.UTC(2021, 4, 1);
    expect(versions.map((v) => [v.savedAt - start, v.values['applicant.name']])).toEqual([
      [900, '华'.repeat(10)],
      [1000, '华'.repeat(11)],
      [1050, '另一页'],
    ]);
  });

  it('two tabs on the same form keep both their histories', async () => {
    const liveWorker = async () =>
      session.browser.context.serviceWorkers()[0] ?? session.browser.context.waitForEvent('serviceworker');
    const typeIn = async (tab: string, text: string) => {
      const page = await session.browser.context.newPage();
      await page.goto(session.server.url(`/portal-spa.html?tab=${tab}`)); // the query differs; the form is the same
      await session.browser.activate(page);
      await expect.poll(() => overlay(page).locator('[data-role="status"]').textContent()).toMatch(/识别到 \d+ 个栏目/);
      await page.locator('textarea').fill(text);
      await page.evaluate(() => window.dispatchEvent(new Event('blur')));
      return page;
    };
    // The first tab stays open while the second is used: both write to the same form's history.
    const a = await typeIn('a', '甲标签页的内容');
    const b = await typeIn('b', '乙标签页的内容');
    await expect
      .poll(async () => {
        const texts = (await savedVersions(await liveWorker())).map((v) => v.values['applicant.profile']);
        return texts.includes('甲标签页的内容') && texts.includes('乙标签页的内容');
      })
      .toBe(true);
    await a.close();
    await b.close();
  });

  it('deletes drafts not saved within the retention period, as set in the options', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.locator('[data-role="retention"]').fill('30');
    await options.locator('[data-role="retention"]').press('Tab');
    await expect.poll(() => options.locator('[data-role="saved"]').count()).toBe(1);
    const worker =
      session.browser.context.serviceWorkers()[0] ?? (await session.browser.context.waitForEvent('serviceworker'));
    const keys = await worker.evaluate(async () => {
      const test = (
        globalThis as unknown as { declcheckTest: { saveDraft(origin: string, m: unknown): Promise<unknown> } }
      ).declcheckTest;
      const save = (path: string, savedAt: number) =>
        test.saveDraft('https://old.example', {
          type: 'declcheck:save-draft',
          path,
          fingerprint: '12345678',
          title: 't',
          template: 'miit-iip-2020',
          values: { 'applicant.name': path },
          summary: { count: 1, errors: 0 },
          savedAt,
        });
      await save('/forty-days-ago', Date.now() - 40 * 86_400_000);
      await save('/twenty-days-ago', Date.now() - 20 * 86_400_000);
      await save('/today', Date.now());
      return true;
    });
    expect(keys).toBe(true);
    const paths = (await savedVersions(worker))
      .filter((v) => v.key.startsWith('https://old.example'))
      .map((v) => v.values['applicant.name']);
    expect(paths.sort()).toEqual(['/today', '/twenty-days-ago']);
    await options.close();
  });

  it('an online document’s whole text and markup are kept as a draft, and offered back into the editor', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/editor-quill.html'));
    await pasteDraftIntoQuill(page);
    await session.browser.activate(page);
    await expect.poll(() => overlay(page).locator('[data-role="panel"]').getAttribute('data-mode')).toBe('document');
    await page.locator('.ql-editor p', { hasText: '建议加大对中小企业上云用平台的补贴力度。' }).click();
    await page.keyboard.press('End');
    // A first keystroke, checked and validated: whatever moving the caret changed in Quill is behind it.
    const checksBefore = await overlay(page).getAttribute('data-checks');
    await page.keyboard.insertText('文档草稿的');
    await expect.poll(() => overlay(page).getAttribute('data-checks')).not.toBe(checksBefore);
    await expect.poll(() => overlay(page).getAttribute('data-settled')).toBe('true');
    // The window loses focus right after the next keystroke's check, which only counted (the paragraph is
    // validated when typing pauses): the draft that goes out then must hold the keystroke all the same.
    // Watched from before the keystroke is sent (the answer is kept in the page: only the test asks for it).
    await inOverlayRoot(page, (root) => {
      const probe = root?.querySelector('body') as HTMLElement;
      (window as unknown as { leftWhileCounting: Promise<string | null> }).leftWhileCounting = new Promise((done) => {
        new MutationObserver((_, observer) => {
          observer.disconnect();
          const settled = probe.getAttribute('data-settled');
          window.dispatchEvent(new Event('blur'));
          done(settled);
        }).observe(probe, { attributeFilter: ['data-checks'] });
      });
    });
    await page.keyboard.insertText('最后一句。');
    expect(
      await page.evaluate(() => (window as unknown as { leftWhileCounting: Promise<string | null> }).leftWhileCounting),
    ).toBe('false');
    const liveWorker = async () =>
      session.browser.context.serviceWorkers()[0] ?? session.browser.context.waitForEvent('serviceworker');
    await expect
      .poll(async () =>
        (await savedVersions(await liveWorker())).some(
          (v) =>
            String(v.values['document.text']).includes('补贴力度。文档草稿的最后一句。') &&
            String(v.values['document.html']).includes('<p>') &&
            // The draft's size is its text's 字数; the markup kept beside it is not counted.
            v.summary.count === count(String(v.values['document.text'])),
        ),
      )
      .toBe(true);

    // The editor starts blank after a reload: the draft is offered back, and restoring goes through Quill's
    // own paste handling, so Quill's model — not just the page — holds it.
    await page.reload();
    await session.browser.activate(page);
    const prompt = overlay(page).locator('[data-role="restore-prompt"]');
    await expect.poll(() => prompt.count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { editor: { getText(): string } }).editor.getText())).toBe(
      '\n',
    );
    await prompt.locator('[data-action="restore"]').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { editor: { getText(): string } }).editor.getText()))
      .toContain('补贴力度。文档草稿的最后一句。');
    await expect.poll(() => overlay(page).locator('[data-role="panel"]').getAttribute('data-mode')).toBe('document');
    expect(await prompt.count()).toBe(0);
    await page.close();
  });

  it('a box the user excludes on a site is never kept in drafts there', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-label-for.html?exclude'));
    await session.browser.activate(page);
    await expect.poll(() => overlay(page).locator('[data-role="status"]').textContent()).toMatch(/识别到 \d+ 个栏目/);
    await overlay(page).locator('[data-action="map"]').click();
    await page.locator('#f-phone').click();
    await overlay(page).locator('[data-action="exclude"]').click();
    await expect
      .poll(() => overlay(page).locator('[data-role="mapper-note"]').textContent())
      .toBe('此栏内容今后不会保存到草稿');
    await page.locator('#f-phone').fill('13912345678');
    await page.locator('#f-name').fill('排除测试公司');
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    const liveWorker = async () =>
      session.browser.context.serviceWorkers()[0] ?? session.browser.context.waitForEvent('serviceworker');
    await expect
      .poll(async () =>
        (await savedVersions(await liveWorker())).some((v) => v.values['applicant.name'] === '排除测试公司'),
      )
      .toBe(true);
    const versions = (await savedVersions(await liveWorker())).filter(
      (v) => v.values['applicant.name'] === '排除测试公司',
    );
    for (const v of versions) expect(v.values).not.toHaveProperty('contact.phone');
    expect(JSON.stringify(versions)).not.toContain('13912345678');
    await page.close();
  });
});

type StoredVersion = { key: string; savedAt: number; values: Record<string, unknown>; summary: { count: number } };

describe.each(BROWSERS)('drafts that are never lost, in $label', ({ launch }) => {
  const session = useBrowser(launch);
  const versions = () => session.browser.storedRecords<StoredVersion>('versions');
  const recognised = (page: TestPage) =>
    expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);
  const restore = (page: TestPage) =>
    page.click('[data-role="restore-prompt"] [data-action="restore"]', { overlay: true });

  it('type, reload: a quiet prompt offers the draft; restoring fills the fields as typing would', async () => {
    const page = await session.open('/portal-table.html?step=1');
    await session.browser.activate(page);
    await recognised(page);
    await page.type('input[name="dwmc"]', '华东智造科技有限公司');
    await page.type('textarea[name="dwjj"]', '公司成立于2014年，服务制造企业3000余家。');
    await page.click('input[name="jsnl"][value="3"]');
    await expect
      .poll(async () => (await versions()).some((v) => String(v.values['solution.capabilities']).length > 0))
      .toBe(true);

    await page.goto(session.server.url('/portal-table.html?step=2')); // another query string: the same form
    await session.browser.activate(page);
    await expect
      .poll(() => overlayText(page, '[data-role="restore-prompt"]'))
      .toMatch(/^发现刚刚保存的草稿（全表共 \d+ 字），恢复？/);
    const value = (selector: string) =>
      page.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).value, selector);
    expect(await value('input[name="dwmc"]')).toBe(''); // never an automatic overwrite
    await page.evaluate(() => {
      (window as unknown as { events: string[] }).events = [];
      document.addEventListener('input', (e) =>
        (window as unknown as { events: string[] }).events.push((e.target as HTMLInputElement).name),
      );
    });
    await restore(page);
    expect(await value('input[name="dwmc"]')).toBe('华东智造科技有限公司');
    expect(await value('textarea[name="dwjj"]')).toBe('公司成立于2014年，服务制造企业3000余家。');
    expect(
      await page.evaluate(() => (document.querySelector('input[name="jsnl"][value="3"]') as HTMLInputElement).checked),
    ).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual(
      expect.arrayContaining(['dwmc', 'dwjj']),
    );
    await expect.poll(() => overlayText(page, '[data-role="restore-prompt"]')).toBeUndefined();
  });

  it('closing the tab within 60 ms of the last key loses nothing, and keeps it once', async () => {
    const page = await session.open('/portal-label-for.html');
    await session.browser.activate(page);
    await recognised(page);
    const before = (await versions()).length;
    await page.type('#f-profile', '最后一个字');
    await new Promise((wait) => setTimeout(wait, 60));
    await page.close();
    const kept = async () => (await versions()).filter((v) => v.values['applicant.profile'] === '最后一个字');
    await expect.poll(async () => (await kept()).length).toBeGreaterThan(0);
    expect((await versions()).length).toBeGreaterThan(before);
    // A save sent again (its answer lost with the tab) is the same snapshot: stored once, not once per retry.
    const times = (await kept()).map((v) => v.savedAt);
    expect(new Set(times).size).toBe(times.length);

    const again = await session.open('/portal-label-for.html');
    await session.browser.activate(again);
    await restore(again);
    expect(await again.evaluate(() => (document.querySelector('#f-profile') as HTMLTextAreaElement).value)).toBe(
      '最后一个字',
    );
  });

  it('what was typed before the click is kept at the click, once, and a reload offers it back', async () => {
    const page = await session.open('/copy/portal-label-for.html');
    await page.type('#f-profile', '点击之前写下的简介');
    await session.browser.activate(page);
    await recognised(page);
    const kept = async () => (await versions()).filter((v) => v.values['applicant.profile'] === '点击之前写下的简介');
    await expect.poll(async () => (await kept()).length).toBe(1);

    // Reloaded, the portal shows an empty form: the prompt offers what was there before the first click.
    await page.reload();
    await session.browser.activate(page);
    await restore(page);
    expect(await page.evaluate(() => (document.querySelector('#f-profile') as HTMLTextAreaElement).value)).toBe(
      '点击之前写下的简介',
    );
    // Restoring changed the form, so it is saved as a version too; checked again as it is, the page then holds
    // the newest version already: no further copy.
    await expect.poll(async () => (await kept()).length).toBe(2);
    await page.reload();
    await page.type('#f-profile', '点击之前写下的简介');
    await session.browser.activate(page);
    await recognised(page);
    await page.type('#f-profile', '，又加一句');
    await expect
      .poll(async () =>
        (await versions()).some((v) => v.values['applicant.profile'] === '点击之前写下的简介，又加一句'),
      )
      .toBe(true);
    expect(await kept()).toHaveLength(2);
  });

  it('drafts survive a browser restart with the same profile', async () => {
    const page = await session.open('/portal-div-radio.html');
    await session.browser.activate(page);
    await recognised(page);
    await paste(page, 'textarea', '重启后仍在的草稿');
    await expect
      .poll(async () => (await versions()).some((v) => v.values['applicant.profile'] === '重启后仍在的草稿'))
      .toBe(true);
    await session.browser.restart();

    const reopened = await session.open('/portal-div-radio.html');
    await session.browser.activate(reopened);
    await restore(reopened);
    expect(await reopened.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).value)).toBe(
      '重启后仍在的草稿',
    );
  });
});
