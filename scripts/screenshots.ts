// npm run screenshots: the README's pictures, taken in real Chromium (zh-CN, Noto CJK) with the built extension on
// the e2e fixture pages, so they show the product as it is. Needs `npm run build:all` first; not part of CI.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromiumBrowser } from '../tests/e2e/support/browsers/chromium';
import { paste } from '../tests/e2e/support/browsers/overlay-reads';
import type { TestBrowser, TestPage } from '../tests/e2e/support/browsers/test-browser';
import { dropFiles } from '../tests/e2e/support/drop-files';
import { pasteDraftIntoQuill } from '../tests/e2e/support/quill';
import { startFixtureServer } from '../tests/support/fixture-server';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const fixture = (dir: string, name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(import.meta.dirname, '../tests/fixtures', dir, name))),
});

/** The overlay's status once a check has settled: the picture shows a finished check, not one under way. */
async function settled(page: TestPage): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const done = await page.evaluate(() => {
      const host = document.querySelector('declcheck-overlay') as HTMLElement | null;
      return host?.dataset.settled === 'true' && Number(host.dataset.checks) > 0;
    });
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the overlay never settled');
}

async function shoot(
  browser: TestBrowser,
  url: string,
  file: string,
  prepare: (page: TestPage, raw: Page) => Promise<void>,
) {
  const page = await browser.open(url);
  try {
    const raw = (page as TestPage & { playwright: Page }).playwright;
    await raw.setViewportSize({ width: 1100, height: 720 });
    await prepare(page, raw);
    await raw.screenshot({ path: join(OUT, file), type: 'png' });
    console.log(`docs/screenshots/${file}`);
  } finally {
    await page.close();
  }
}

mkdirSync(OUT, { recursive: true });
const server = await startFixtureServer();
const browser = await launchChromiumBrowser();
try {
  await shoot(browser, server.url('/portal-table.html'), 'portal.png', async (page) => {
    await browser.activate(page);
    await paste(page, 'input[name="dwmc"]', '华东智造科技有限公司');
    await paste(page, 'textarea[name="dwjj"]', '本单位专注工业互联网平台研发与推广。'.repeat(18));
    await settled(page);
  });
  await shoot(browser, server.url('/editor-quill.html'), 'editor.png', async (page, raw) => {
    await pasteDraftIntoQuill(raw);
    await browser.activate(page);
    await raw.locator('.ql-editor p', { hasText: '建议加大对中小企业上云用平台的补贴力度。' }).click();
    await raw.keyboard.press('End');
    await raw.keyboard.insertText('同时建议完善平台评价体系。'.repeat(40));
    await settled(page);
  });
  await shoot(browser, browser.extensionUrl('checker.html'), 'checker.png', async (page, raw) => {
    await dropFiles(page, [
      fixture('drafts', 'over-length-application.docx'),
      fixture('drafts', 'valid-wingdings.docx'),
      fixture('tables', 'city-problems-gb18030.csv'),
    ]);
    await raw.locator('[data-role="verdicts"] tbody tr').nth(2).waitFor();
  });
  await shoot(browser, browser.extensionUrl('drafts.html'), 'drafts.png', async (_page, raw) => {
    await raw.locator('[data-role="drafts"] tbody tr').first().click();
    await raw.locator('[data-role="preview"]').waitFor();
  });
} finally {
  await browser.close();
  await server.close();
}
