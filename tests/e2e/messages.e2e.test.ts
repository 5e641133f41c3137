/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { useSession } from './support/session';

describe('the background accepts only well-formed messages from its own content scripts in web pages', () => {
  const session = useSession();

  it('ignores messages from elsewhere, of the wrong shape, or of unknown types, and stores nothing', async () => {
    // An extension page (here in a tab of its own) stands in for anything that is not a content script in a web page.
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const replies = await page.evaluate(async () => {
      const send = (message: unknown) =>
        chrome.runtime.sendMessage(message).then(
          (reply) => reply ?? null,
          (error: Error) => `error: ${error.message}`,
        );
      const save = {
        type: 'declcheck:save-draft',
        path: '/forged',
        fingerprint: 'deadbeef',
        title: 'x',
        values: { 'applicant.name': 'forged' },
        summary: { count: 1, errors: 0 },
        savedAt: Date.now(),
      };
      return [
        await send(save),
        await send({ type: 'declcheck:get-draft', path: '/forged', fingerprint: 'deadbeef' }),
        await send({ type: 'declcheck:delete-everything' }),
        await send('not an object'),
      ];
    });
    // No listener answers: each call settles with no reply (or the "no receiver" error), never with data.
    for (const reply of replies) expect(reply === null || String(reply).startsWith('error:')).toBe(true);
    const stored = await session.browser.worker.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('declcheck-drafts');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('versions')) return resolve(0);
            const request = db.transaction('versions').objectStore('versions').count();
            request.onsuccess = () => resolve(request.result);
          };
          open.onerror = () => resolve(0);
        }),
    );
    expect(stored).toBe(0);
    await page.close();
  });
});
