import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MOUNTS, type FixtureServer, startFixtureServer } from '../support/fixture-server';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser';
import { overlay } from './support/overlay';

/** The canvas editors' real host names, resolved to the local fixture server: nothing leaves the machine. */
const HOSTS = [
  { host: 'docs.qq.com', name: '腾讯文档' },
  { host: 'www.kdocs.cn', name: '金山文档' },
];

describe('canvas-rendered online editors', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer({ mounts: DEFAULT_MOUNTS });
    browser = await launchWithExtension({
      args: [`--host-resolver-rules=${HOSTS.map(({ host }) => `MAP ${host} 127.0.0.1`).join(',')}`],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(HOSTS)(
    'on $host says in one line why its text cannot be checked, and opens the checker instead',
    async ({ host, name }) => {
      const page = await browser.context.newPage();
      await page.goto(`http://${host}:${new URL(server.origin).port}/canvas-editor.html`);
      await browser.activate(page);
      const panel = overlay(page).locator('[data-role="panel"]');
      await expect.poll(() => panel.getAttribute('data-mode')).toBe('canvas');
      const status = await panel.locator('[data-role="status"]').textContent();
      expect(status).toBe(`${name} 将文字绘制在画布上，无法在页面中检查。请复制全文，粘贴到检查页。`);
      expect(await panel.locator('li').count()).toBe(0); // no issues made up from a page with no text

      const opened = browser.context.waitForEvent('page');
      await panel.locator('[data-action="open-checker"]').click();
      const checker = await opened;
      expect(checker.url()).toBe(`chrome-extension://${browser.extensionId}/checker.html`);
      await checker.close();
      await page.close();
    },
  );

  it('on an ordinary page offers no such thing', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/canvas-editor.html'));
    await browser.activate(page);
    const panel = overlay(page).locator('[data-role="panel"]');
    await expect.poll(() => panel.getAttribute('data-mode')).toBe('none');
    expect(await panel.locator('[data-action="open-checker"]').count()).toBe(0);
    await page.close();
  });
});
