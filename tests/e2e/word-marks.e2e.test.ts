import { readFileSync } from 'node:fs';
import { checkDocument, miitIip2020, parseHtml } from '@declcheck/schema';
import { describe, expect, it } from 'vitest';
import { overlay } from './support/overlay';
import { useSession } from './support/session';

// The valid draft with its marks as Word pastes Insert → Symbol boxes: characters of the Wingdings font.
const WINGDINGS: Record<string, string> = { '■': 'n', '□': '¨', '●': 'l', '○': 'm' };
const draft = readFileSync(new URL('../fixtures/drafts/valid-editor-divs.html', import.meta.url), 'utf8');
const body = draft
  .slice(draft.indexOf('<body>') + 6, draft.indexOf('</body>'))
  .replace(/[■□●○]/g, (mark) => `<span style="font-family:Wingdings">${WINGDINGS[mark]}</span>`);

describe('a page read live and the same markup read by the library', () => {
  const session = useSession();

  it('agree: Word’s Wingdings boxes are marks in both', async () => {
    const library = checkDocument(miitIip2020, parseHtml(miitIip2020, body), { locale: 'en' });
    expect(library.filter((i) => /choice/.test(i.code))).toEqual([]); // the library reads every mark

    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/index.html'));
    await page.evaluate((html) => {
      document.body.innerHTML = html; // the test's own page: a received mail's body
    }, body);
    await session.browser.activate(page);
    await expect.poll(() => overlay(page).locator('[data-role="panel"]').getAttribute('data-mode')).toBe('document');
    const listed = await overlay(page)
      .locator('[data-role="panel"] li')
      .evaluateAll((items) => items.map((li) => `${li.getAttribute('data-path')} ${li.getAttribute('data-code')}`));
    expect(listed.sort()).toEqual(library.map((i) => `${i.path} ${i.code}`).sort());
    await page.close();
  });
});
