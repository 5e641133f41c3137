import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlayText } from './support/browsers/overlay-reads';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

/**
 * Every file of the profile's IndexedDB storage (Firefox's storage/…/idb; Chromium's IndexedDB, the origin's own and
 * each storage bucket's under WebStorage), with its bytes.
 */
async function databaseFiles(profileDir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const files: { path: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(profileDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && /[/\\](idb|IndexedDB)[/\\]/.test(path)) files.push({ path, bytes: await readFile(path) });
  }
  return files;
}

/** The files holding `text` as IndexedDB writes it (UTF-16LE in both browsers) or as UTF-8. */
const holding = (files: { path: string; bytes: Buffer }[], text: string) =>
  files
    .filter(({ bytes }) => bytes.includes(Buffer.from(text, 'utf16le')) || bytes.includes(Buffer.from(text, 'utf8')))
    .map(({ path }) => path);

describe.each(BROWSERS)('drafts at rest, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it('turning protection on leaves no plaintext of earlier versions in the profile’s database files', async () => {
    const form = await session.open('/portal-table.html?at-rest');
    await session.browser.activate(form);
    await expect.poll(() => overlayText(form, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);
    await form.type('input[name="dwmc"]', '磁盘上不应留下的单位名称');
    await expect
      .poll(async () => JSON.stringify(await session.browser.storedRecords('versions')))
      .toContain('磁盘上不应留下的单位名称');

    const [kept] = await session.browser.storedRecords<{ updatedAt: number }>('drafts');
    const savedBefore = kept?.updatedAt ?? Number.POSITIVE_INFINITY;
    const manager = await session.open(session.browser.extensionUrl('drafts.html'));
    await manager.type('[data-role="protection"] [data-role="passphrase"]', 'correct horse 8');
    await manager.type('[data-role="protection"] [data-role="passphrase-again"]', 'correct horse 8');
    await manager.click('[data-role="protection"] [data-action="protect"]');
    await expect
      .poll(() =>
        manager.evaluate(() => document.querySelector('[data-role="protection"]')?.getAttribute('data-state')),
      )
      .toBe('unlocked');
    // Saving goes on, sealed, into the database written anew (a version of its own, or the same one when typed
    // within a second of the last save).
    await form.type('input[name="dwmc"]', '（续）');
    await expect
      .poll(async () => {
        const [draft] = await session.browser.storedRecords<{ updatedAt: number }>('drafts');
        const versions = await session.browser.storedRecords<{ sealed?: unknown }>('versions');
        return { saved: (draft?.updatedAt ?? 0) > savedBefore, sealed: versions.every((v) => v.sealed) };
      })
      .toEqual({ saved: true, sealed: true });

    await session.browser.restart(); // the browser closed: every file written, nothing held in memory
    const files = await databaseFiles(session.browser.profileDir);
    expect(files.length).toBeGreaterThan(0);
    expect(holding(files, '磁盘上不应留下')).toEqual([]);
  });
});
