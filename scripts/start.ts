// `npm start`: build the extension, serve the demo pages on localhost, and open Chromium with the extension
// loaded when a display is there; otherwise print the address and the folder to load unpacked.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import bundleEditorPages from '../tests/e2e/global-setup';
import { startFixtureServer } from '../tests/support/fixture-server';
// @ts-expect-error — plain .mjs helper shared with the test runner
import { findChromium } from './find-chromium.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

await bundleEditorPages();
const server = await startFixtureServer({ port: Number(process.env.PORT ?? 5178) });
const demo = server.url('/');
console.log(`
申报书校验助手 DeclCheck
  Demo pages / 演示页面:      ${demo}
  Extension / 扩展目录:        ${EXTENSION_DIR}
  Load it unpacked at chrome://extensions (Developer mode → Load unpacked), open a demo page and click the
  toolbar button. 在 chrome://extensions 打开“开发者模式”，“加载已解压的扩展程序”选择上面的目录，然后在演示页面点击工具栏按钮。
  Firefox: load .output/firefox-mv2/manifest.json at about:debugging.
  Ctrl+C stops the server.`);

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const executablePath = findChromium();
if (hasDisplay && executablePath && !process.env.CI) {
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demo);
  context.on('close', () => process.exit(0));
} else {
  console.log(
    hasDisplay
      ? '  (No Chromium found to open; use your own browser.)'
      : '  (No display: open the address above yourself.)',
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
