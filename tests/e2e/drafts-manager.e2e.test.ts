import { readFile } from 'node:fs/promises';
import { miitIip2020, parseDocx } from '@declcheck/schema';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { overlayText, paste } from './support/browsers/overlay-reads';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';
import { storedRecords } from './support/drafts-database';
import { importedInFreshProfile } from './support/fresh-profile';
import { overlay } from './support/overlay';
import { openDraftInQuill } from './support/quill';
import { useSession } from './support/session';

describe('the drafts manager', () => {
  const session = useSession();

  it('lists drafts with their count and errors, previews and checks a version, exports, imports elsewhere, deletes', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-table.html'));
    await session.browser.activate(page);
    await expect.poll(() => overlay(page).locator('[data-role="status"]').textContent()).toMatch(/识别到 \d+ 个栏目/);
    await page.locator('input[name="dwmc"]').fill('华东智造科技有限公司');
    await page.waitForTimeout(1500); // one save with the name alone, then one with the profile too
    await page.locator('textarea[name="dwjj"]').fill('工'.repeat(310));
    await page.locator('input[name="dwmc"]').focus();

    // The panel's link opens the manager in a tab.
    const [manager] = await Promise.all([
      session.browser.context.waitForEvent('page', { predicate: (p: Page) => p.url().endsWith('/drafts.html') }),
      overlay(page).locator('[data-action="open-drafts"]').click(),
    ]);
    await manager.waitForLoadState();
    const row = manager.locator('[data-role="drafts"] tbody tr').first();
    await expect.poll(() => row.locator('[data-role="count"]').textContent()).toBe('320');
    expect(Number(await row.locator('[data-role="errors"]').textContent())).toBeGreaterThan(0);
    // Titled by its site and the first name filled, saved 刚刚, versions told apart to the second.
    expect(await row.locator('[data-role="title"]').textContent()).toMatch(/^127\.0\.0\.1:\d+ · 华东智造科技有限公司$/);
    expect(await row.locator('[data-role="updated"]').textContent()).toBe('刚刚');
    await row.click();
    await expect
      .poll(() =>
        manager.locator('[data-role="issues"] li[data-path="applicant.profile"][data-code="too_long"]').count(),
      )
      .toBe(1);
    expect(await manager.locator('[data-role="versions"] option').first().textContent()).toMatch(
      /^\d+\/\d+ \d{2}:\d{2}:\d{2}（刚刚）· 全表 320 字$/,
    );
    expect(await manager.locator('[data-role="values"]').textContent()).toContain('华东智造科技有限公司');

    // Two versions compared: the profile came in between, 0 → 310 字.
    await expect.poll(() => manager.locator('[data-role="versions"] option').count()).toBeGreaterThan(1);
    expect(await manager.locator('[data-role="compare"] li[data-path="applicant.profile"]').textContent()).toMatch(
      /0 → 310$/,
    );
    expect(await manager.locator('[data-role="compare"] li[data-path="applicant.name"]').count()).toBe(0);

    // Exported for people as a .docx, which reads back as the same declaration.
    const [docx] = await Promise.all([
      manager.waitForEvent('download'),
      manager.locator('[data-action="export-docx"]').click(),
    ]);
    // Named after the draft and the version's day, not declcheck-draft.docx.
    expect(docx.suggestedFilename()).toMatch(/^华东智造科技有限公司-\d{4}-\d{2}-\d{2}\.docx$/);
    const parsed = parseDocx(miitIip2020, new Uint8Array(await readFile((await docx.path()) as string)));
    expect(parsed.declaration).toMatchObject({
      applicant: { name: '华东智造科技有限公司', profile: '工'.repeat(310) },
    });

    await manager.locator('[data-role="search"]').fill('没有这个内容');
    expect(await manager.locator('[data-role="drafts"] tbody tr').count()).toBe(0);
    await manager.locator('[data-role="search"]').fill('华东智造');
    expect(await manager.locator('[data-role="drafts"] tbody tr').count()).toBe(1);

    const [download] = await Promise.all([
      manager.waitForEvent('download'),
      manager.locator('[data-action="export-all"]').click(),
    ]);
    const exported = await readFile((await download.path()) as string, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'declcheck-drafts', version: 1 });

    // An older version made the newest again: the form's page offers it back when reopened.
    const oldest = await manager.locator('[data-role="versions"] option').last().getAttribute('value');
    await manager.locator('[data-role="versions"]').selectOption(oldest ?? '');
    await manager.locator('[data-action="restore-version"]').click();
    await expect.poll(() => row.locator('[data-role="count"]').textContent()).toBe('10');
    await page.reload();
    await session.browser.activate(page);
    const prompt = overlay(page).locator('[data-role="restore-prompt"]');
    await expect.poll(() => prompt.count()).toBe(1);
    const restoredAt = Date.now();
    await prompt.locator('[data-action="restore"]').click();
    await expect.poll(() => page.locator('input[name="dwmc"]').inputValue()).toBe('华东智造科技有限公司');
    expect(await page.locator('textarea[name="dwjj"]').inputValue()).toBe('');
    // Restoring is an edit of the page: its save lands before the draft is deleted below, not in the middle of it.
    await expect
      .poll(async () =>
        (
          await storedRecords<{ savedAt: number; values: Record<string, unknown> }>(
            session.browser.context.serviceWorkers()[0] ??
              (await session.browser.context.waitForEvent('serviceworker')),
            'versions',
          )
        ).some((v) => v.savedAt >= restoredAt && v.values['applicant.name'] === '华东智造科技有限公司'),
      )
      .toBe(true);

    // A fresh profile imports the file and shows the same drafts.
    await importedInFreshProfile(exported, async (other) => {
      await expect
        .poll(() => other.locator('[data-role="note"]').textContent())
        .toMatch(/^已导入 1 份草稿、\d+ 个版本$/);
      await expect
        .poll(() => other.locator('[data-role="drafts"] tbody tr [data-role="count"]').first().textContent())
        .toBe('320');
      const [again] = await Promise.all([
        other.waitForEvent('download'),
        other.locator('[data-action="export-all"]').click(),
      ]);
      const reExported = JSON.parse(await readFile((await again.path()) as string, 'utf8'));
      expect(reExported.drafts).toEqual(JSON.parse(exported).drafts);
      expect(reExported.versions).toEqual(JSON.parse(exported).versions);
    });

    // A delete leaves a line to undo it from; undone, the draft is back with every version.
    await row.click();
    await manager.locator('[data-action="delete"]').click();
    await manager.locator('[data-role="search"]').fill('');
    await expect.poll(() => manager.locator('[data-role="drafts"] tbody tr').count()).toBe(0);
    const deleted = (await manager.locator('[data-role="deleted"]').textContent()) ?? '';
    const versionCount = Number(
      /^已删除「127\.0\.0\.1:\d+ · 华东智造科技有限公司」及其 (\d+) 个版本。/.exec(deleted)?.[1],
    );
    expect(versionCount).toBeGreaterThan(1);
    await manager.locator('[data-action="undo-delete"]').click();
    await expect.poll(() => manager.locator('[data-role="drafts"] tbody tr').count()).toBe(1);
    await expect.poll(() => manager.locator('[data-role="versions"] option').count()).toBe(versionCount);
    await manager.locator('[data-action="delete"]').click();
    await expect.poll(() => manager.locator('[data-role="drafts"] tbody tr').count()).toBe(0);
    await manager.close();
    await page.close();
  });
});

describe('the drafts manager, with an online document’s draft', () => {
  const session = useSession();

  it('checks it as the document it is, as the overlay did, and shows its text, not its markup', async () => {
    const page = await openDraftInQuill(session);
    const worker =
      session.browser.context.serviceWorkers()[0] ?? (await session.browser.context.waitForEvent('serviceworker'));
    // This session's one draft: the document's.
    const documentDraft = async () =>
      (await storedRecords<{ latest?: { count: number; errors: number } }>(worker, 'drafts'))[0];
    await page.locator('.ql-editor p', { hasText: '建议加大对中小企业上云用平台的补贴力度。' }).click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('再补充一句。');
    await expect.poll(async () => (await documentDraft())?.latest?.count ?? 0).toBeGreaterThan(0);
    const errors = (await documentDraft())?.latest?.errors;

    const manager = await session.browser.context.newPage();
    await manager.goto(`chrome-extension://${session.browser.extensionId}/drafts.html`);
    const row = manager.locator('[data-role="drafts"] tbody tr').first();
    await expect
      .poll(() => row.locator('[data-role="title"]').textContent())
      .toMatch(/ · 面向中小制造企业的复工复产协同平台$/);
    expect(Number(await row.locator('[data-role="errors"]').textContent())).toBe(errors);
    await row.click();
    await expect.poll(() => manager.locator('[data-role="values"] [data-path="document.text"]').count()).toBe(1);
    // The overlay's count of errors, not one 「请填写」 per field a form would have.
    expect(await manager.locator('[data-role="issues"] li[data-severity="error"]').count()).toBe(errors);
    expect(await manager.locator('[data-role="issues"] li[data-code="required"]').count()).toBe(0);
    const values = (await manager.locator('[data-role="values"]').textContent()) ?? '';
    expect(values).toContain('再补充一句。');
    expect(values).not.toContain('<p>');
    expect(await manager.locator('[data-role="values"] dt').allTextContents()).toEqual(['在线文档正文']);
    await manager.close();
    await page.close();
  });
});

describe.each(BROWSERS)('the drafts manager, opened from the panel, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it('lists the draft just typed with its count and errors, and checks it', async () => {
    const page = await session.open('/portal-table.html');
    await session.browser.activate(page);
    await expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);
    await paste(page, 'input[name="dwmc"]', '华东智造科技有限公司');
    await paste(page, 'textarea[name="dwjj"]', '工'.repeat(310));
    const saved = async () =>
      (await session.browser.storedRecords<{ summary: { count: number } }>('versions')).some(
        (v) => v.summary.count === 320,
      );
    await expect.poll(saved).toBe(true);

    // The panel's link: the background opens the manager in a tab (tabs.create).
    const manager = await session.browser.openedBy(() => page.click('[data-action="open-drafts"]', { overlay: true }));
    expect(manager.url()).toBe(session.browser.extensionUrl('drafts.html'));
    const first = (selector: string) =>
      manager.evaluate(
        (sel) => document.querySelector(`[data-role="drafts"] tbody tr ${sel}`)?.textContent ?? null,
        selector,
      );
    await expect.poll(() => first('[data-role="count"]')).toBe('320');
    expect(Number(await first('[data-role="errors"]'))).toBeGreaterThan(0);
    await manager.click('[data-role="drafts"] tbody tr');
    await expect
      .poll(() =>
        manager.evaluate(
          () =>
            document.querySelectorAll('[data-role="issues"] li[data-path="applicant.profile"][data-code="too_long"]')
              .length,
        ),
      )
      .toBe(1);
    expect(await manager.evaluate(() => document.querySelector('[data-role="values"]')?.textContent)).toContain(
      '华东智造科技有限公司',
    );
    await manager.close();
  });
});
