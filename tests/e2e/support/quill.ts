import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

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
