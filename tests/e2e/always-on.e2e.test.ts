import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../support/fixture-server';
import { overlayText } from './support/browsers/overlay-reads';
import type { TestBrowser, TestPage } from './support/browsers/test-browser';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

interface Version {
  key: string;
  savedAt: number;
  values: Record<string, unknown>;
}

/**
 * Whether our overlay is in the page once it has loaded and the task after its load event has run: a registered
 * script runs at document_idle, by then (a form page's always-on copy shows the overlay at once).
 */
const overlayOnceLoaded = (page: TestPage) =>
  page.evaluate(
    () =>
      new Promise<boolean>((done) => {
        const look = () => setTimeout(() => done(document.querySelector('declcheck-overlay') !== null));
        if (document.readyState === 'complete') look();
        else addEventListener('load', look);
      }),
  );

/**
 * The options page's word that a site is on, said once its script is registered: the user's sign to reload (the row
 * is listed as soon as the site is chosen, a moment before).
 */
const turnedOnNote = (options: TestPage, origin: string) =>
  expect
    .poll(() => options.evaluate(() => document.querySelector('[data-role="sites-note"]')?.textContent))
    .toBe(`已在 ${origin} 上始终启用。请重新加载该网站的网页。`);

/** How many content scripts our extension has registered, asked from one of its pages. */
const registeredScripts = (extensionPage: TestPage) =>
  extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.scripting.getRegisteredContentScripts()).length;
  });

/** What the panel's 在此网站上始终启用 line says: 'true' once the site is on. */
const alwaysOnState = (page: TestPage) =>
  page.inOverlay((root) => root?.querySelector('[data-role="always-on"]')?.getAttribute('data-on'));

/** The newest saved version of the page's site whose values hold `text` somewhere. */
async function newestHolding(browser: TestBrowser, text: string): Promise<Version | undefined> {
  const versions = await browser.storedRecords<Version>('versions');
  return versions
    .filter((v) => Object.values(v.values).some((value) => value === text))
    .sort((a, b) => b.savedAt - a.savedAt)[0];
}

describe.each(BROWSERS)('always on for a chosen site ($label)', ({ launch }) => {
  const session = useBrowser(launch);
  const site = () => new URL(session.server.url('/')).origin;
  // The options tabs our extension opened: closed after each test, passed or failed, as the session's own are.
  const ours: TestPage[] = [];
  afterEach(async () => {
    for (const page of ours.splice(0)) await page.close().catch(() => undefined);
  });

  /** The options page's row for the site: whether it is listed, and whether the browser grants it. */
  const siteRow = (options: TestPage) =>
    options.evaluate((origin) => {
      const row = document.querySelector<HTMLElement>(`[data-role="sites"] li[data-origin="${origin}"]`);
      return row ? row.dataset.granted : 'absent';
    }, site());

  /** Turns it on as a user does: a click, the panel's 在此网站上始终启用, the options page's 始终启用, the prompt. */
  async function turnOn(): Promise<TestPage> {
    const portal = await session.open('/portal-table.html');
    await session.browser.activate(portal);
    await expect.poll(() => overlayText(portal, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);
    // Polled too: on a site on already, the copy that came with the page load may still be handing over to the
    // click's, whose panel is not drawn yet (seen in ESR 153 with both cores busy).
    await expect.poll(() => overlayText(portal, '[data-role="always-on"]')).toContain('草稿自动保存');
    // On already (an earlier test turned it on): the options page as the user finds it.
    const alreadyOn = async () => {
      await portal.close();
      return session.open(session.browser.extensionUrl('options.html#sites'));
    };
    if ((await alwaysOnState(portal)) === 'true') return alreadyOn();
    let options: TestPage;
    try {
      options = await session.browser.openedBy(() => portal.click('[data-action="always-on"]', { overlay: true }));
    } catch (error) {
      // Seen once in ESR 140 on a loaded machine: the line learnt the site was on (an earlier test's grant) after
      // it first offered it, and the button went before the click.
      if ((await alwaysOnState(portal)) === 'true') return alreadyOn();
      throw error;
    }
    ours.push(options);
    expect(options.url()).toBe(session.browser.extensionUrl(`options.html#site=${encodeURIComponent(site())}`));
    expect(await options.evaluate(() => document.querySelector('[data-role="site-offer"]')?.textContent)).toBe(
      `在 ${site()} 上始终启用？ 始终启用`,
    );
    await options.click('[data-action="enable-site"]');
    await session.browser.allowSitePermission();
    await expect.poll(() => siteRow(options)).toBe('true');
    await turnedOnNote(options, site());
    // The page it was turned on from says so at once.
    await expect.poll(() => alwaysOnState(portal)).toBe('true');
    await portal.close();
    return options;
  }

  it('turned on from the panel: every later page load of the site is checked and saved from the first key, without a click', async () => {
    await turnOn();
    const page = await session.open('/portal-table.html');
    await expect
      .poll(() => overlayText(page, '[data-role="status"]'), { timeout: 15_000 })
      .toMatch(/识别到 \d+ 个栏目/);
    await page.type('input[name="dwmc"]', '始终启用科技有限公司');
    await expect
      .poll(async () => (await newestHolding(session.browser, '始终启用科技有限公司'))?.values['applicant.name'])
      .toBe('始终启用科技有限公司');
  });

  it('the chosen origin only: another port of the same host runs nothing without a click', async () => {
    await turnOn();
    // The browser's permission has no port; the content script still keeps to the origin the user chose.
    const other = await startFixtureServer();
    try {
      const page = await session.open(other.url('/portal-table.html'));
      // A script registered for the page would run at its document_idle, which may come after its load event: the
      // same page of the chosen origin, loaded after it, shows the checker first.
      const control = await session.open('/portal-table.html');
      await expect.poll(() => overlayText(control, '[data-role="status"]'), { timeout: 15_000 }).toMatch(/识别到/);
      expect(await overlayOnceLoaded(page)).toBe(false);
      await page.close();
    } finally {
      await other.close();
    }
  });

  it('a three-step single-page portal: on across its route changes, every step in one draft, offered back after a reload', async () => {
    await turnOn();
    const page = await session.open('/portal-steps.html');
    const status = () => overlayText(page, '[data-role="status"]');
    await expect.poll(status, { timeout: 15_000 }).toMatch(/识别到 2 个栏目/);
    await page.type('input[name="dwmc"]', '分步填报科技有限公司');
    await page.click('button[data-step="2"]');
    await expect.poll(status).toMatch(/识别到 3 个栏目/);
    await page.type('textarea[name="bjxq"]', '第二步的背景需求');
    await page.click('button[data-step="3"]');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?step=3');
    await page.type('textarea[name="wt"]', '第三步的问题');
    const holding = () => newestHolding(session.browser, '第三步的问题');
    await expect.poll(async () => (await holding())?.values['applicant.name']).toBe('分步填报科技有限公司');
    const draft = await holding();
    expect(draft?.values).toMatchObject({
      'applicant.name': '分步填报科技有限公司',
      'sections.overview.background': '第二步的背景需求',
      'sections.issues.problems': '第三步的问题',
    });
    // One draft: the three steps' saves all went under one key.
    const keys = new Set(
      (await session.browser.storedRecords<Version>('versions'))
        .filter((v) => v.key.includes('/portal-steps.html'))
        .map((v) => v.key),
    );
    expect(keys.size).toBe(1);

    // A reload lands on step 3 with the app's state gone: the draft is offered, and again on going back to step 1.
    await page.reload();
    await expect.poll(() => overlayText(page, '[data-role="restore-prompt"]'), { timeout: 15_000 }).toContain('字');
    await page.click('[data-action="restore"]', { overlay: true });
    await expect.poll(() => page.evaluate(() => document.querySelector('textarea')?.value)).toBe('第三步的问题');
    await page.click('button[data-step="2"]');
    await page.click('button[data-step="1"]');
    // Once the checker has found step 1's fields, the prompt on screen restores them (the one offered for step 2,
    // if it came while the user was on the way, as well as step 1's own).
    await expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/识别到 2 个栏目/);
    await expect.poll(() => overlayText(page, '[data-role="restore-prompt"]')).toContain('字');
    await page.click('[data-action="restore"]', { overlay: true });
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="dwmc"]')?.value))
      .toBe('分步填报科技有限公司');
  });

  it('turned off on the options page: the next page load of the site runs nothing', async () => {
    const options = await turnOn();
    await options.click(`[data-role="sites"] li[data-origin="${site()}"] [data-action="remove-site"]`);
    await expect.poll(() => siteRow(options)).toBe('absent');
    await expect.poll(() => registeredScripts(options)).toBe(0);
    const page = await session.open('/portal-table.html');
    expect(await overlayOnceLoaded(page)).toBe(false);
    // A click still runs it, and the panel offers to turn it on again.
    await session.browser.activate(page);
    await expect.poll(() => overlayText(page, '[data-role="always-on"]')).toContain('在此网站上始终启用');
  });

  it('a permission taken back in the browser’s settings is noticed: the site is shown off and nothing runs there', async (context) => {
    const remove = session.browser.removeSitePermission;
    if (!remove) return context.skip('Chromium’s extension settings page cannot be clicked headless');
    const options = await turnOn();
    await remove(`${new URL(site()).protocol}//${new URL(site()).hostname}/*`);
    await expect.poll(() => siteRow(options)).toBe('false');
    await expect.poll(() => registeredScripts(options)).toBe(0);
    expect(await options.evaluate(() => document.querySelector('[data-role="sites"] li .state')?.textContent)).toBe(
      '未启用：浏览器中的权限已被移除',
    );
    const page = await session.open('/portal-table.html');
    expect(await overlayOnceLoaded(page)).toBe(false);
    // 重新授权 turns it on again, clicked where the user is: back on the options tab.
    await options.bringToFront();
    await options.click('[data-action="regrant-site"]');
    await session.browser.allowSitePermission();
    await expect.poll(() => siteRow(options)).toBe('true');
  });

  it('turned on from the toolbar button’s own menu: the browser asks, and the checker runs in that tab at once', async (context) => {
    const menu = session.browser.toolbarMenu;
    if (!menu) return context.skip('headless Chromium has no toolbar to right-click');
    const options = await session.open(session.browser.extensionUrl('options.html#sites'));
    if ((await siteRow(options)) !== 'absent') {
      await options.click(`[data-role="sites"] li[data-origin="${site()}"] [data-action="remove-site"]`);
      await expect.poll(() => siteRow(options)).toBe('absent');
    }
    const page = await session.open('/portal-table.html');
    await menu(page, '在此网站上始终启用');
    await session.browser.allowSitePermission();
    await expect
      .poll(() => overlayText(page, '[data-role="status"]'), { timeout: 15_000 })
      .toMatch(/识别到 \d+ 个栏目/);
    await expect.poll(() => alwaysOnState(page)).toBe('true');
    await expect.poll(() => siteRow(options)).toBe('true');
  });

  it('turned on by address on the options page, a bad address refused with what to type', async () => {
    const options = await session.open(session.browser.extensionUrl('options.html#sites'));
    const other = site().replace('127.0.0.1', 'localhost');
    await options.type('[data-role="site-address"]', 'portal.example.gov.cn');
    await options.click('[data-action="add-site"]');
    await expect
      .poll(() => options.evaluate(() => document.querySelector('[data-role="sites-note"]')?.textContent))
      .toBe('请输入以 http:// 或 https:// 开头的网址。');
    await options.evaluate(() => {
      (document.querySelector('[data-role="site-address"]') as HTMLInputElement).select();
    });
    await options.keyboard(`${other}/apply/step1.html`);
    await options.click('[data-action="add-site"]');
    await session.browser.allowSitePermission();
    await expect
      .poll(() =>
        options.evaluate(
          (origin) =>
            document.querySelector(`[data-role="sites"] li[data-origin="${origin}"]`)?.getAttribute('data-granted'),
          other,
        ),
      )
      .toBe('true');
    await turnedOnNote(options, other);
    // That site's pages are checked from their load.
    const page = await session.open(`${other}/portal-table.html`);
    await expect
      .poll(() => overlayText(page, '[data-role="status"]'), { timeout: 15_000 })
      .toMatch(/识别到 \d+ 个栏目/);
  });

  it('welcomes a first install with what it does, how to turn it on, where drafts are and that nothing leaves', async () => {
    // The welcome page opened at install (the harness requires it and closes it); here it is read.
    const welcome = await session.open(session.browser.extensionUrl('welcome.html'));
    const text = await welcome.evaluate(() => document.body.textContent);
    expect(await welcome.evaluate(() => document.title)).toBe('欢迎使用申报书校验助手');
    expect(text).toContain('在此网站上始终启用');
    expect(text).toContain('草稿管理');
    expect(text).toContain('不向任何地方发送数据');
  });
});
