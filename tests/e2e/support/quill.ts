import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FixtureServer } from '../../support/fixture-server';
import type { ExtensionBrowser } from './extension-browser';
import { overlay } from './overlay';

/** The body of a valid draft laid out in divs, as an online editor would hold it. */
const draft = readFileSync(new URL('../../fixtures/drafts/valid-editor-divs.html', import.meta.url), 'utf8');
export const DRAFT_BODY = draft.slice(draft.indexOf('<body>') + 6, draft.indexOf('</body>'));

/** Puts the valid draft into the Quill fixture page through Quill's own clipboard, as a user's paste would. */
export async function pasteDraftIntoQuill(page: Page): Promise<void> {
  await page.evaluate(
    (html) =>
      (
        window as unknown as { editor: { clipboard: { dangerouslyPasteHTML(h: string): void } } }
      ).editor.clipboard.dangerouslyPasteHTML(html),
    DRAFT_BODY,
  );
}

/** A new page of the Quill fixture holding the valid draft, once the extension reads it as a document. */
export async function openDraftInQuill(session: {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
}): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url('/editor-quill.html'));
  await pasteDraftIntoQuill(page);
  await session.browser.activate(page);
  await expect.poll(() => overlay(page).locator('[data-role="panel"]').getAttribute('data-mode')).toBe('document');
  return page;
}
