import { describe, expect, it } from 'vitest';
import { counterSelector, overlayElements, overlayText } from './support/browsers/overlay-reads';
import type { TestPage } from './support/browsers/test-browser';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

type StoredVersion = { key: string; values: Record<string, unknown> };

/**
 * What a page script does to our overlay's buttons, had it found them: its root is closed, so the script is given
 * them through the specs' own way in — the worst case, a page that reached them somehow.
 */
function scriptClicks(page: TestPage, selector: string, times = 1): Promise<number> {
  return page.inOverlay(
    (root, { sel, n }) => {
      const button = root?.querySelector<HTMLElement>(sel);
      if (!button) return 0;
      for (let i = 0; i < n; i++) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      return n;
    },
    { sel: selector, n: times },
  );
}

describe.each(BROWSERS)('a hostile page, in $label: learns nothing, changes nothing', ({ launch }) => {
  const session = useBrowser(launch);
  const versions = () => session.browser.storedRecords<StoredVersion>('versions');
  const recognised = (page: TestPage) =>
    expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);
  /** Checks a new tab at `path`, types the applicant's name, and waits until that is saved as a draft. */
  const nameKeptAt = async (path: string, name: string) => {
    const page = await session.open(path);
    await session.browser.activate(page);
    await recognised(page);
    await page.type('input[name="dwmc"]', name);
    await expect.poll(async () => (await versions()).some((v) => v.values['applicant.name'] === name)).toBe(true);
    return page;
  };

  it('cannot drive the overlay: its clicks restore nothing, open no tab, map no box; the user’s click opens one tab', async () => {
    const page = await nameKeptAt('/portal-table.html?hostile=clicks', '被攻击页面上的单位');

    await page.reload();
    await session.browser.activate(page);
    await expect.poll(() => overlayText(page, '[data-role="restore-prompt"]')).toMatch(/^发现/);
    const tabs = await session.browser.tabCount();
    expect(await scriptClicks(page, '[data-action="restore"]', 20)).toBe(20);
    expect(await scriptClicks(page, '[data-action="open-drafts"]', 20)).toBe(20);
    expect(await scriptClicks(page, '[data-action="open-profiles"]', 20)).toBe(20);
    expect(await scriptClicks(page, '[data-action="map"]')).toBe(1);
    expect(await scriptClicks(page, '[data-role="panel"] li button')).toBe(1);

    // The user's own click on 草稿管理, twice: one tab — and only now, so the script's 60 clicks opened none.
    const drafts = await session.browser.openedBy(() => page.click('[data-action="open-drafts"]', { overlay: true }));
    expect(drafts.url()).toContain('drafts.html');
    await page.bringToFront();
    await expect.poll(() => session.browser.isSelected(drafts)).toBe(false);
    await page.click('[data-action="open-drafts"]', { overlay: true });
    await expect.poll(() => session.browser.isSelected(drafts)).toBe(true);
    expect(await session.browser.tabCount()).toBe(tabs + 1);
    await drafts.close();

    // Nothing restored, the offer still the user's to take; no box waiting to be mapped.
    expect(await page.evaluate(() => (document.querySelector('input[name="dwmc"]') as HTMLInputElement).value)).toBe(
      '',
    );
    expect(await overlayText(page, '[data-role="restore-prompt"]')).toMatch(/^发现/);
    expect(await overlayElements(page, '[data-role="map-prompt"]')).toEqual([]);
    // The overlay has no file input a script could fill: profiles are imported on the options page.
    expect(await overlayElements(page, 'input[type="file"]')).toEqual([]);
  });

  it('hears nothing from the extension, and cannot stop it: a forged stop leaves the overlay and the drafts working', async () => {
    const page = await session.open('/portal-table.html?hostile=handshake');
    await page.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
    });
    await session.browser.activate(page);
    await recognised(page);
    await page.type('textarea[name="dwjj"]', '停止之前');
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('4 / 300 字');
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);

    // WXT's handshake with an older copy of a script, forged: its name is made of the extension's public id.
    const id = await page.evaluate(() => navigator.userAgent.includes('Firefox'));
    const extensionId = id
      ? 'declcheck@declcheck.invalid'
      : new URL(session.browser.extensionUrl('drafts.html')).hostname;
    await page.evaluate((name) => {
      for (const contentScriptName of ['content', undefined])
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName, messageId: 'forged' } }));
    }, `${extensionId}:content:wxt:content-script-started`);
    await page.type('textarea[name="dwjj"]', '之后也在');
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('8 / 300 字');
    await expect
      .poll(async () => (await versions()).some((v) => v.values['applicant.profile'] === '停止之前之后也在'))
      .toBe(true);
    expect(await overlayElements(page, '[data-role="panel"]')).toHaveLength(1);
  });

  it('cannot read, forge or hide what the overlay shows, nor make it deaf to the user’s clicks', async () => {
    const page = await session.open('/portal-table.html?hostile=forge');
    // Before the click: the page wraps attachShadow to keep, opened, every root made after it, and styles our host.
    await page.evaluate(() => {
      const w = window as unknown as { roots: ShadowRoot[] };
      w.roots = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, { ...init, mode: 'open' });
        w.roots.push(root);
        return root;
      };
      const style = document.createElement('style');
      style.textContent = 'declcheck-overlay { display: none !important; opacity: 0 !important; }';
      document.head.append(style);
    });
    await session.browser.activate(page);
    await recognised(page);
    await page.type('textarea[name="dwjj"]', '真实内容');
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('4 / 300 字');

    const attempt = await page.evaluate(() => {
      const host = document.querySelector('declcheck-overlay') as HTMLElement;
      // What it can learn: that the overlay is there, nothing more (no root, no attribute saying what it found).
      const got = {
        shadowRoot: host.shadowRoot,
        kept: (window as unknown as { roots: ShadowRoot[] }).roots.length,
        attributes: host.getAttributeNames(),
      };
      let attached = true;
      try {
        host.attachShadow({ mode: 'open' });
      } catch {
        attached = false;
      }
      // A forged panel as the host's own content, the host made inert (dead to clicks), hidden and taken away.
      host.innerHTML = '<div style="position:fixed;inset:0;background:#fff">未发现问题 ✓ 100 / 300 字</div>';
      host.inert = true;
      host.hidden = true;
      host.setAttribute('style', 'display: none !important');
      host.remove();
      return { ...got, attached };
    });
    expect(attempt).toEqual({ shadowRoot: null, kept: 0, attributes: [], attached: false });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const host = document.querySelector('declcheck-overlay') as HTMLElement | null;
          return host ? `${host.isConnected} ${host.inert} ${host.hidden} ${host.getAttribute('style')}` : 'gone';
        }),
      )
      .toBe('true false false null');

    // What the user sees is the overlay's own, drawn over the page, and it still follows the typing.
    const shown = () =>
      page.inOverlay((root) => {
        const status = root?.querySelector('[data-role="status"]');
        const box = status?.getBoundingClientRect();
        if (!status || !box) return 'no status';
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return `${status.textContent} ${box.width > 0 && box.height > 0} ${top === document.querySelector('declcheck-overlay')}`;
      });
    expect(await shown()).toMatch(/^识别到 \d+ 个栏目.* true true$/);
    await page.type('textarea[name="dwjj"]', '继续');
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('6 / 300 字');
    // The user's own click still works: 草稿管理 opens.
    const drafts = await session.browser.openedBy(() => page.click('[data-action="open-drafts"]', { overlay: true }));
    expect(drafts.url()).toContain('drafts.html');
    await drafts.close();
  });

  it('that rewrites its address is not offered another page’s draft, and files its own under its real path', async () => {
    await (await nameKeptAt('/portal-table.html?hostile=victim', '另一页的单位名称')).close();

    // The same form at another path of the site, which says it is the victim's page before the user clicks.
    const page = await session.open('/copy/portal-table.html');
    await page.evaluate(() => {
      history.replaceState(null, '', '/portal-table.html');
      return location.pathname;
    });
    await session.browser.activate(page);
    await recognised(page);
    await page.type('input[name="dwmc"]', '本页的单位名称');
    // Its draft is asked for before its first save goes out: once that save is on disk, the answer has come.
    await expect
      .poll(async () => (await versions()).find((v) => v.values['applicant.name'] === '本页的单位名称')?.key)
      .toMatch(/\|\/copy\/portal-table\.html\|/);
    expect(await overlayElements(page, '[data-role="restore-prompt"]')).toEqual([]);
  });
});
