/// <reference types="chrome" />
import { readFile, rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storedRecords, whereDraftsAre } from './support/drafts-database';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser';
import { importedInFreshProfile } from './support/fresh-profile';
import { overlay } from './support/overlay';
import { useSession } from './support/session';

/** Every stored version and the vault as the database holds them, and the versions as one JSON text. */
async function storedVersions(browser: ExtensionBrowser) {
  const versions = await storedRecords<{ values: Record<string, unknown>; sealed?: unknown; savedAt: number }>(
    browser.worker,
    'versions',
  );
  const vault = await storedRecords<unknown>(browser.worker, 'vault');
  return { versions, vault, raw: JSON.stringify(versions) };
}

/** A new tab at the portal form `url`, checked by the extension of `browser`. */
async function checkedForm(browser: ExtensionBrowser, url: string): Promise<Page> {
  const form = await browser.context.newPage();
  await form.goto(url);
  await browser.activate(form);
  await expect.poll(() => overlay(form).locator('[data-role="status"]').textContent()).toMatch(/识别到 \d+ 个栏目/);
  return form;
}

async function typeAndSave(page: Page, name: string): Promise<void> {
  await page.locator('input[name="dwmc"]').fill(name);
  await page.locator('textarea[name="dwjj"]').focus(); // a blur saves at once
}

describe('passphrase protection of drafts', () => {
  const session = useSession();

  it('encrypts what is kept and what is saved next, opens only with the passphrase, and turns off again', async () => {
    const { browser } = session;
    const form = await checkedForm(browser, session.server.url('/portal-table.html'));
    await typeAndSave(form, '华东智造科技有限公司');
    await expect.poll(async () => (await storedVersions(browser)).raw).toContain('华东智造科技有限公司');

    const manager = await browser.context.newPage();
    await manager.goto(`chrome-extension://${browser.extensionId}/drafts.html`);
    const protection = manager.locator('[data-role="protection"]');
    await expect.poll(() => protection.getAttribute('data-state')).toBe('off');
    await protection.locator('[data-role="passphrase"]').fill('correct horse 8');
    await protection.locator('[data-role="passphrase-again"]').fill('correct horse 9');
    await protection.locator('[data-action="protect"]').click();
    await expect
      .poll(() => protection.locator('[data-role="protection-note"]').textContent())
      .toBe('两次输入的口令不一致。');
    await protection.locator('[data-role="passphrase"]').fill('correct horse 8');
    await protection.locator('[data-role="passphrase-again"]').fill('correct horse 8');
    await protection.locator('[data-action="protect"]').click();
    await expect.poll(() => protection.getAttribute('data-state')).toBe('unlocked');

    // At rest: no text in the clear, old versions and new saves alike.
    let stored = await storedVersions(browser);
    expect(stored.vault).toHaveLength(1);
    expect(stored.raw).not.toContain('华东智造');
    expect(stored.versions.every((v) => v.sealed && Object.keys(v.values).length === 0)).toBe(true);
    expect(JSON.stringify(stored.vault)).not.toContain('correct horse');
    const newestBefore = Math.max(...stored.versions.map((v) => v.savedAt));
    await typeAndSave(form, '华东智造科技股份有限公司');
    // The save lands as a new version, or within the same second of typing as the newest one (see saveVersion).
    await expect
      .poll(async () => Math.max(...(await storedVersions(browser)).versions.map((v) => v.savedAt)))
      .toBeGreaterThan(newestBefore);
    stored = await storedVersions(browser);
    expect(stored.raw).not.toContain('华东智造');

    // The form's page cannot read a sealed draft: its prompt says so and opens the drafts manager instead.
    await form.reload();
    await browser.activate(form);
    const prompt = overlay(form).locator('[data-role="restore-prompt"]');
    await expect.poll(() => prompt.getAttribute('data-sealed')).toBe('true');
    expect(await prompt.textContent()).toMatch(/加密草稿/);
    // The manager already open is brought forward: no second one.
    const tabs = browser.context.pages().length;
    const selected = (url: string) =>
      browser.worker.evaluate(async (u) => (await chrome.tabs.query({ active: true })).some((t) => t.url === u), url);
    await form.bringToFront();
    await expect.poll(() => selected(form.url())).toBe(true);
    await prompt.locator('[data-action="restore"]').click();
    await expect.poll(() => selected(manager.url())).toBe(true);
    expect(browser.context.pages()).toHaveLength(tabs);

    // Locked again (a new page): the versions cannot be read; a wrong passphrase opens nothing and changes nothing.
    await manager.reload();
    await expect.poll(() => protection.getAttribute('data-state')).toBe('locked');
    await manager.locator('[data-role="drafts"] tbody tr').first().click();
    await expect.poll(() => manager.locator('[data-role="sealed"]').count()).toBe(1);
    expect(await manager.locator('[data-role="values"]').count()).toBe(0);
    await protection.locator('[data-role="passphrase"]').fill('correct horse 9');
    await protection.locator('[data-action="unlock"]').click();
    await expect
      .poll(() => protection.locator('[data-role="protection-note"]').textContent())
      .toBe('口令不正确，未解密任何内容。');
    expect(await protection.getAttribute('data-state')).toBe('locked');
    expect((await storedVersions(browser)).raw).toBe(stored.raw);

    await protection.locator('[data-role="passphrase"]').fill('correct horse 8');
    await protection.locator('[data-action="unlock"]').click();
    await expect.poll(() => protection.getAttribute('data-state')).toBe('unlocked');
    await expect
      .poll(() => manager.locator('[data-role="values"]').textContent())
      .toContain('华东智造科技股份有限公司');
    expect(await manager.locator('[data-role="sealed"]').count()).toBe(0);

    // Exported sealed, with the wrapped keys: a fresh profile imports it locked and opens it with the same passphrase.
    const [download] = await Promise.all([
      manager.waitForEvent('download'),
      manager.locator('[data-action="export-all"]').click(),
    ]);
    const exported = await readFile((await download.path()) as string, 'utf8');
    expect(exported).not.toContain('华东智造');
    await importedInFreshProfile(exported, async (other) => {
      await expect.poll(() => other.locator('[data-role="note"]').textContent()).toMatch(/^已导入 1 份草稿/);
      const otherProtection = other.locator('[data-role="protection"]');
      await expect.poll(() => otherProtection.getAttribute('data-state')).toBe('locked');
      await other.locator('[data-role="drafts"] tbody tr').first().click();
      await otherProtection.locator('[data-role="passphrase"]').fill('correct horse 8');
      await otherProtection.locator('[data-action="unlock"]').click();
      await expect
        .poll(() => other.locator('[data-role="values"]').textContent())
        .toContain('华东智造科技股份有限公司');
    });

    // Off again: every version back in the clear, the keys gone.
    await protection.locator('[data-action="unprotect"]').click();
    await expect.poll(() => protection.getAttribute('data-state')).toBe('off');
    stored = await storedVersions(browser);
    expect(stored.vault).toHaveLength(0);
    expect(stored.raw).toContain('华东智造科技股份有限公司');
    expect(stored.versions.every((v) => !v.sealed)).toBe(true);
    await manager.close();
    await form.close();
  });

  it('a rewrite cut short between deleting the database and filling it again loses nothing at the next start', async () => {
    const first = await launchWithExtension();
    const profileDir = first.profileDir;
    let second: ExtensionBrowser | undefined;
    try {
      const form = await checkedForm(first, session.server.url('/portal-table.html?cut-short'));
      await typeAndSave(form, '重写中断也不丢的单位');
      await expect.poll(async () => (await storedVersions(first)).raw).toContain('重写中断也不丢的单位');
      // The rewrite's first steps, then the end of the browser: the records aside, the database deleted.
      await first.worker.evaluate(async () => {
        type Db = {
          open(): Promise<unknown>;
          close(): void;
          tables: { name: string; toArray(): Promise<unknown[]> }[];
        };
        type Tables = Record<string, { bulkAdd(rows: unknown[]): Promise<unknown> }>;
        type Place = { bucket: string; database: string };
        const { places } = (
          globalThis as unknown as {
            declcheckTest: {
              places: {
                openPlace(place: Place): Promise<Db>;
                erasePlace(place: Place, db: Db): Promise<void>;
                MAIN_PLACE: Place;
                ASIDE_PLACE: Place;
              };
            };
          }
        ).declcheckTest;
        const main = await places.openPlace(places.MAIN_PLACE);
        const aside = await places.openPlace(places.ASIDE_PLACE);
        await main.open();
        for (const table of main.tables) await (aside as unknown as Tables)[table.name]?.bulkAdd(await table.toArray());
        aside.close();
        await places.erasePlace(places.MAIN_PLACE, main);
      });
      await first.close({ keepProfile: true });

      second = await launchWithExtension({ profileDir });
      const again = await second.context.newPage();
      await again.goto(session.server.url('/portal-table.html?cut-short'));
      await second.activate(again);
      await expect
        .poll(() => overlay(again).locator('[data-role="restore-prompt"]').textContent())
        .toMatch(/^发现.+的草稿/);
      expect((await storedVersions(second)).raw).toContain('重写中断也不丢的单位');
      // The copy aside is gone: only the drafts' own bucket is left, and nothing in the origin's IndexedDB.
      expect(await whereDraftsAre(second.worker)).toEqual({ buckets: ['drafts'], databases: [] });
    } finally {
      await second?.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  });
});
