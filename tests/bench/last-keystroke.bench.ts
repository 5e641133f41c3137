import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { storedRecords } from '../e2e/support/drafts-database';
import { launchWithExtension } from '../e2e/support/extension-browser';
import { inPlaywright } from '../e2e/support/overlay';
import { waitInOverlay } from '../e2e/support/overlay-query';

const PORTAL = readFileSync(new URL('../fixtures/pages/portal-label-for.html', import.meta.url), 'utf8');
const TEXT = '本单位长期服务制造企业';

export interface KillRow {
  /** Milliseconds between the last keystroke and SIGKILL of the whole browser. */
  readonly afterMs: number;
  readonly trials: number;
  /** Trials whose draft, read after a restart, lacks some of the text typed. */
  readonly lost: number;
}

/**
 * The last second before a crash: types a sentence key by key at a typist's pace, kills the browser with SIGKILL
 * `afterMs` after the last key (nothing gets to run: no pagehide, no visibilitychange), starts it again on the same
 * profile and reads what the drafts database holds.
 */
export async function lastKeystrokeBench(afterMs: readonly number[] = [100, 300], trials = 10): Promise<KillRow[]> {
  const http = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PORTAL));
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(http.address() as { port: number }).port}/portal`;
  const rows: KillRow[] = [];
  try {
    for (const after of afterMs) {
      let lost = 0;
      for (let trial = 0; trial < trials; trial++) if (!(await keptAfterKill(url, after))) lost++;
      rows.push({ afterMs: after, trials, lost });
    }
  } finally {
    http.close();
  }
  return rows;
}

async function keptAfterKill(url: string, afterMs: number): Promise<boolean> {
  const first = await launchWithExtension();
  const { profileDir } = first;
  try {
    const page = await first.context.newPage();
    await page.goto(url);
    await first.activate(page);
    await waitInOverlay(
      inPlaywright(page).inOverlay,
      (root) => /识别到 \d+ 个栏目/.test(root?.querySelector('[data-role="status"]')?.textContent ?? ''),
      undefined,
      30_000,
    );
    await page.focus('#f-profile');
    // Five characters a second, as an applicant types; the wait is the test's subject, not a guess at readiness.
    for (const ch of TEXT) {
      await page.keyboard.type(ch);
      await new Promise((wait) => setTimeout(wait, 200));
    }
    await new Promise((wait) => setTimeout(wait, Math.max(0, afterMs - 200)));
    // Every process of this browser (found by its profile directory), killed at once.
    execFileSync('pkill', ['-KILL', '-f', '--', `user-data-dir=${profileDir}`]);
    await first.context.close().catch(() => undefined);
    const again = await launchWithExtension({ profileDir });
    try {
      const versions = await storedRecords<{ savedAt: number; values: Record<string, unknown> }>(
        again.worker,
        'versions',
      );
      const newest = versions.sort((a, b) => b.savedAt - a.savedAt)[0];
      return newest?.values['applicant.profile'] === TEXT;
    } finally {
      await again.close({ keepProfile: true });
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}
