/// <reference types="chrome" />
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { storedRecords, whereDraftsAre } from './support/drafts-database';
import { launchWithExtension } from './support/extension-browser';
import { useSession } from './support/session';

describe('the drafts database across schema versions', () => {
  const session = useSession();

  it('upgrades a database of the first version in place: every draft and version kept, summaries and forms filled in', async () => {
    const result = await session.browser.worker.evaluate(async () => {
      const name = 'declcheck-upgrade-test';
      // The database exactly as schema 1 made it (Dexie stores version n as IndexedDB version n × 10).
      await new Promise<void>((done, fail) => {
        const open = indexedDB.open(name, 10);
        open.onupgradeneeded = () => {
          const db = open.result;
          const drafts = db.createObjectStore('drafts', { keyPath: 'key' });
          drafts.createIndex('origin', 'origin');
          drafts.createIndex('updatedAt', 'updatedAt');
          const versions = db.createObjectStore('versions', { keyPath: 'id', autoIncrement: true });
          versions.createIndex('key', 'key');
          versions.createIndex('[key+savedAt]', ['key', 'savedAt']);
          versions.createIndex('savedAt', 'savedAt');
          const forms = [
            { origin: 'https://a.example', path: '/form', title: '表单一' },
            { origin: 'https://b.example', path: '/apply', title: '表单二' },
          ];
          for (const { origin, path, title } of forms) {
            const key = `${origin}|${path}|abcdef01`;
            drafts.put({ key, origin, path, fingerprint: 'abcdef01', title, updatedAt: 3 });
            for (const savedAt of [1, 3, 2]) {
              versions.add({
                key,
                savedAt,
                values: { 'applicant.profile': `${title} 第${savedAt}版` },
                summary: { count: savedAt * 10, errors: savedAt },
              });
            }
          }
        };
        open.onsuccess = () => {
          open.result.close();
          done();
        };
        open.onerror = () => fail(open.error);
      });
      type Db = {
        open(): Promise<unknown>;
        close(): void;
        verno: number;
        drafts: { toArray(): Promise<{ key: string; latest?: unknown; template?: string }[]> };
        versions: { toArray(): Promise<{ key: string; savedAt: number; values: Record<string, string> }[]> };
      };
      const { DraftsDb } = (globalThis as unknown as { declcheckTest: { DraftsDb: new (name: string) => Db } })
        .declcheckTest;
      const db = new DraftsDb(name);
      await db.open();
      const out = { verno: db.verno, drafts: await db.drafts.toArray(), versions: await db.versions.toArray() };
      db.close();
      await new Promise((done) => {
        indexedDB.deleteDatabase(name).onsuccess = done;
      });
      return out;
    });
    expect(result.verno).toBe(4); // through every later version too
    expect(result.versions).toHaveLength(6);
    expect(result.versions.map((v) => v.values['applicant.profile']).sort()).toEqual([
      '表单一 第1版',
      '表单一 第2版',
      '表单一 第3版',
      '表单二 第1版',
      '表单二 第2版',
      '表单二 第3版',
    ]);
    // Each draft's summary is its newest version's, by time, not the one added last.
    for (const draft of result.drafts) expect(draft.latest).toEqual({ savedAt: 3, count: 30, errors: 3 });
    // Schema 4: every draft kept before drafts named their form is of the one form there was.
    expect(result.drafts.map((d) => d.template)).toEqual(['miit-iip-2020', 'miit-iip-2020']);
  });

  it('moves the drafts an earlier version kept in the origin’s IndexedDB into their own bucket, and deletes that database', async () => {
    // A profile of its own, the old database written in it, then the browser started again: the worker's first
    // life with the drafts, as after an update (a worker that opened the drafts already has done its move).
    const before = await launchWithExtension();
    const { profileDir } = before;
    let browser = before;
    try {
      const key = 'https://a.example|/form|abcdef01';
      await before.worker.evaluate(async (draftKey) => {
        // Recent: the 90-day retention applied at the next save keeps it.
        const savedAt = Date.now() - 60_000;
        type Db = {
          close(): void;
          drafts: { put(row: object): Promise<unknown> };
          versions: { add(row: object): Promise<unknown> };
        };
        // As DeclCheck kept them before buckets: the database of that name in the origin's own IndexedDB.
        const { DraftsDb } = (globalThis as unknown as { declcheckTest: { DraftsDb: new () => Db } }).declcheckTest;
        const old = new DraftsDb();
        await old.drafts.put({
          key: draftKey,
          origin: 'https://a.example',
          path: '/form',
          fingerprint: 'abcdef01',
          title: '表单一',
          template: 'miit-iip-2020',
          updatedAt: savedAt,
        });
        await old.versions.add({
          key: draftKey,
          savedAt,
          values: { 'applicant.name': '搬家前的单位' },
          summary: { count: 6, errors: 0 },
        });
        old.close();
      }, key);
      await before.close({ keepProfile: true });
      browser = await launchWithExtension({ profileDir });
      const page = await browser.context.newPage();
      await page.goto(session.server.url('/portal-table.html?moved'));
      await browser.activate(page);
      await page.locator('input[name="dwmc"]').fill('搬家后的单位');
      await page.locator('textarea[name="dwjj"]').focus(); // a blur saves at once
      await expect
        .poll(async () =>
          [
            ...new Set(
              (await storedRecords<{ values: Record<string, string> }>(browser.worker, 'versions')).map(
                (v) => v.values['applicant.name'],
              ),
            ),
          ].sort(),
        )
        .toEqual(['搬家前的单位', '搬家后的单位']);
      expect(await whereDraftsAre(browser.worker)).toEqual({ buckets: ['drafts'], databases: [] });
    } finally {
      await browser.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  });
});
