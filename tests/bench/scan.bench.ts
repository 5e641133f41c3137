import { createServer } from 'node:http';
import { launchChromiumBrowser } from '../e2e/support/browsers/chromium';
import type { TestBrowser, TestPage } from '../e2e/support/browsers/test-browser';

/**
 * Large portal pages, as a provincial system's long forms and grids make them: `n` labelled inputs in table rows
 * (附件2's layout, a `<label for>` on every other one), one checkbox group of `n` options, or one row of `n` cells.
 */
export function portalPage(kind: PortalKind, n: number): string {
  const rows: string[] = [];
  if (kind === 'inputs') {
    for (let i = 0; i < n; i++) {
      const label = i === n >> 1 ? '单位名称' : i === (n >> 1) + 1 ? '联系人' : `第${i}项指标`;
      rows.push(
        i % 2
          ? `<tr><td><label for="f${i}">${label}</label></td><td><input id="f${i}" name="row[${i}]"></td></tr>`
          : `<tr><td>${label}</td><td><input name="row[${i}]"></td></tr>`,
      );
    }
  } else if (kind === 'checkboxes') {
    rows.push(
      `<tr><td>技术能力优势</td><td>${Array.from({ length: n }, (_, i) => `<label><input type="checkbox" name="cap" value="${i}">能力${i}</label>`).join('')}</td></tr>`,
    );
  } else {
    rows.push(
      `<tr>${Array.from({ length: n }, (_, i) => `<td>列${i}</td><td><input name="c${i}"></td>`).join('')}</tr>`,
    );
  }
  return `<!doctype html><meta charset="utf-8"><title>portal</title><form><table>${rows.join('')}</table></form>`;
}

export type PortalKind = 'inputs' | 'checkboxes' | 'row';

export interface ScanRow {
  readonly kind: PortalKind;
  readonly n: number;
  /** From the activation to the panel's first check done. */
  readonly firstCheckMs: number;
  /** The first scan's own time in the content script, all its slices together. */
  readonly scanMs: number;
  readonly longestTaskMs: number | undefined;
  readonly longTasks: number | undefined;
  readonly fields: number;
}

/** Activates the checker on a page and measures its first scan and check, and the long tasks they make. */
async function measure(browser: TestBrowser, page: TestPage): Promise<Omit<ScanRow, 'kind' | 'n'>> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; longTasks: number };
    w.longest = 0;
    w.longTasks = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.longest = Math.max(w.longest, entry.duration);
        if (entry.duration >= 50) w.longTasks++;
      }
    }).observe({ type: 'longtask', buffered: false });
  });
  const started = Date.now();
  await browser.activate(page);
  // Asked from here, not polled in the page: a page timer would wait behind the very tasks being measured.
  let found: { fields: number; scanMs: number } | undefined;
  while (found === undefined) {
    found = await page.evaluate(() => {
      const host = document.querySelector('declcheck-overlay') as HTMLElement | null;
      return host?.dataset.checks
        ? { fields: Number(host.dataset.fields ?? -1), scanMs: Number(host.dataset.scanMs) }
        : undefined;
    });
  }
  const firstCheckMs = Date.now() - started;
  const { longest, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { longest: number; longTasks: number };
    return { longest: w.longest, longTasks: w.longTasks };
  });
  return { firstCheckMs, ...found, longestTaskMs: longest, longTasks };
}

export async function scanBench(
  sizes: readonly { kind: PortalKind; n: number }[] = [
    { kind: 'inputs', n: 1_000 },
    { kind: 'inputs', n: 5_000 },
    { kind: 'inputs', n: 20_000 },
    { kind: 'checkboxes', n: 20_000 },
    { kind: 'row', n: 10_000 },
  ],
): Promise<ScanRow[]> {
  const pages = new Map(sizes.map(({ kind, n }) => [`/${kind}-${n}`, portalPage(kind, n)]));
  const http = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
  const browser = await launchChromiumBrowser();
  const rows: ScanRow[] = [];
  try {
    for (const { kind, n } of sizes) {
      const page = await browser.open(`${origin}/${kind}-${n}`);
      try {
        rows.push({ kind, n, ...(await measure(browser, page)) });
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    http.close();
  }
  return rows;
}
