import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  counterSelector,
  highlightedText as highlightedIn,
  overlayElements,
  overlayText,
  panelItemSelector,
  panelMode,
} from './support/browsers/overlay-reads';
import type { TestPage } from './support/browsers/test-browser';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';
import { counter, highlightedText, overflowArea, overlay, panelItem } from './support/overlay';
import { waitInOverlay } from './support/overlay-query';
import { inOverlayRoot } from './support/overlay-root';
import { useSession } from './support/session';

const draft = readFileSync(new URL('../fixtures/drafts/valid-editor-divs.html', import.meta.url), 'utf8');
const html = draft.slice(draft.indexOf('<body>') + 6, draft.indexOf('</body>'));
const LAST_PARAGRAPH = '建议加大对中小企业上云用平台的补贴力度。';
const TYPED = '补'.repeat(480);

interface EditorCase {
  readonly name: string;
  readonly page: string;
  /** Loads the draft through the editor's own API, as a paste or an open would. */
  readonly load: (page: Page, html: string) => Promise<void>;
  /** The editor's own idea of its text, to prove nothing was injected. */
  readonly text: (page: Page) => Promise<string>;
  /** The frame the editable text lives in (TinyMCE keeps it in an iframe). */
  readonly frame: (page: Page) => Page | Frame;
}

type EditorWindow = { editor: Record<string, (...args: unknown[]) => unknown> };

/** An iframe editor's editing frame: the page's one child frame. */
const editorFrame = (page: Page): Page | Frame => page.frames().find((f) => f !== page.mainFrame()) ?? page;

const EDITORS: readonly EditorCase[] = [
  {
    name: 'TinyMCE (iframe)',
    page: '/editor-tinymce.html',
    load: async (page, content) => {
      await page.waitForFunction(() => (window as unknown as EditorWindow).editor);
      await page.evaluate((c) => (window as unknown as EditorWindow).editor.setContent?.(c), content);
    },
    text: (page) =>
      page.evaluate(() => String((window as unknown as EditorWindow).editor.getContent?.({ format: 'text' }))),
    frame: editorFrame,
  },
  {
    name: 'CKEditor 4 (iframe)',
    page: '/editor-ckeditor4.html',
    load: async (page, content) => {
      await page.waitForFunction(() => (window as unknown as EditorWindow).editor);
      // setData replaces the frame's document; it is done once the editor says so.
      await page.evaluate(
        (c) =>
          new Promise<void>((done) => {
            (window as unknown as EditorWindow).editor.setData?.(c, { callback: () => done() });
          }),
        content,
      );
    },
    text: (page) =>
      page.evaluate(() =>
        String((window as unknown as { editor: { editable(): { getText(): string } } }).editor.editable().getText()),
      ),
    frame: editorFrame,
  },
  {
    name: 'KindEditor (iframe)',
    page: '/editor-kindeditor.html',
    load: async (page, content) => {
      await page.waitForFunction(() => (window as unknown as EditorWindow).editor);
      await page.evaluate((c) => (window as unknown as EditorWindow).editor.html?.(c), content);
    },
    text: (page) => page.evaluate(() => String((window as unknown as EditorWindow).editor.text?.())),
    frame: editorFrame,
  },
  {
    name: 'CKEditor 5',
    page: '/editor-ckeditor5.html',
    load: async (page, content) => {
      await page.waitForFunction(() => (window as unknown as EditorWindow).editor);
      await page.evaluate((c) => (window as unknown as EditorWindow).editor.setData?.(c), content);
    },
    text: (page) => page.evaluate(() => String((window as unknown as EditorWindow).editor.getData?.())),
    frame: (page) => page,
  },
  {
    name: 'Tiptap (ProseMirror)',
    page: '/editor-tiptap.html',
    load: async (page, content) => {
      await page.waitForFunction(() => (window as unknown as EditorWindow).editor);
      await page.evaluate(
        (c) =>
          (window as unknown as { editor: { commands: { setContent(h: string): void } } }).editor.commands.setContent(
            c,
          ),
        content,
      );
    },
    text: (page) => page.evaluate(() => String((window as unknown as EditorWindow).editor.getText?.())),
    frame: (page) => page,
  },
  {
    name: 'wangEditor (Slate)',
    page: '/editor-wangeditor.html',
    load: async (page, content) => {
      await page.waitForFunction(() => (window as unknown as EditorWindow).editor);
      await page.evaluate((c) => (window as unknown as EditorWindow).editor.setHtml?.(c), content);
    },
    text: (page) => page.evaluate(() => String((window as unknown as EditorWindow).editor.getText?.())),
    frame: (page) => page,
  },
];

describe('document mode in real editors', () => {
  const session = useSession();

  it.each(EDITORS)(
    '$name: counts, highlights typed overflow in the text, clears when fixed, injects nothing',
    async (editor) => {
      const page = await session.browser.context.newPage();
      await page.goto(session.server.url(editor.page));
      await editor.load(page, html);
      await session.browser.activate(page);
      await expect.poll(() => overlay(page).locator('[data-role="panel"]').getAttribute('data-mode')).toBe('document');
      await expect.poll(() => counter(page, 'sections.issues').textContent()).toMatch(/^\d+ \/ 500 字$/);
      expect(await overlay(page).locator('[data-role="panel"] li[data-path^="sections"]').count()).toBe(0);
      const frame = editor.frame(page);
      await expectCountersInsideEditor(page, frame);

      await frame.getByText(LAST_PARAGRAPH, { exact: true }).click();
      await page.keyboard.press('End');
      await page.keyboard.insertText(TYPED);
      await expect.poll(() => panelItem(page, 'sections.issues', 'too_long').count()).toBe(1);
      const highlighted = await highlightedText(frame);
      expect(highlighted).toMatch(/^补+$/);

      // While typing goes on, the overlay draws the overflow in the highlight's place; the highlight comes back
      // when typing pauses, over the typed key too.
      await expectDrawnWhileTyping(page, frame);
      await expect.poll(async () => (await highlightedText(frame)).endsWith('补补')).toBe(true);
      expect(await overflowArea(page, 'sections.issues').count()).toBe(0);

      // The editor's model holds exactly the draft plus what was typed.
      const text = await editor.text(page);
      expect(text).toContain(`${LAST_PARAGRAPH}${TYPED}补`);
      expect(text).not.toMatch(/declcheck/i);

      await editor.load(page, html);
      await expect.poll(() => panelItem(page, 'sections.issues', 'too_long').count()).toBe(0);
      expect(await frame.evaluate(() => CSS.highlights.has('declcheck-overflow'))).toBe(false);
      await page.close();
    },
  );
});

/**
 * Every counter shown stands inside the part of the editor in view, whole, on the line of its section's start (or
 * the first line in view), none over another: readable where the eye is, never over the toolbar or off the edge.
 */
async function expectCountersInsideEditor(page: Page, frame: Page | Frame): Promise<void> {
  // 四、问题和建议 in view, as someone writing it has it: its counter shows, beside the heading or above it.
  await frame.evaluate(() =>
    [...document.querySelectorAll(document.designMode === 'on' ? 'body *' : '[contenteditable="true"] *')]
      .find((e) => e.childElementCount === 0 && e.textContent?.startsWith('四、问题和建议'))
      ?.scrollIntoView({ block: 'center' }),
  );
  await expect.poll(() => counter(page, 'sections.issues').getAttribute('hidden')).toBeNull();
  const origin =
    frame !== page
      ? await (await (frame as Frame).frameElement()).evaluate((el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
        })
      : { x: 0, y: 0 };
  const area = await frame.evaluate(() => {
    // The editable root, or a design-mode frame's body (KindEditor).
    const root = (document.querySelector('[contenteditable="true"]') ?? document.body) as HTMLElement;
    const r = root.getBoundingClientRect();
    return {
      left: Math.max(r.left, 0),
      top: Math.max(r.top, 0),
      right: Math.min(r.left + root.clientLeft + root.clientWidth, innerWidth),
      bottom: Math.min(r.bottom, innerHeight),
    };
  });
  const shown = await inOverlayRoot(page, (root) =>
    [...(root?.querySelectorAll<HTMLElement>('[data-role="counter"]:not([hidden])') ?? [])].map((c) => {
      const r = c.getBoundingClientRect();
      return { path: c.dataset.path, text: c.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
  expect(shown.length).toBeGreaterThan(0);
  for (const c of shown) {
    expect(c.text, c.path).toMatch(/^\d+ \/ \d+ 字$/);
    expect(c.left, c.path).toBeGreaterThanOrEqual(origin.x + area.left - 0.5);
    expect(c.right, c.path).toBeLessThanOrEqual(origin.x + area.right + 0.5);
    expect(c.top, c.path).toBeGreaterThanOrEqual(origin.y + area.top - 0.5);
    expect(c.bottom, c.path).toBeLessThanOrEqual(origin.y + area.bottom + 0.5);
  }
  const byTop = [...shown].sort((a, b) => a.top - b.top);
  for (let i = 1; i < byTop.length; i++)
    expect(byTop[i]?.top, byTop[i]?.path).toBeGreaterThanOrEqual((byTop[i - 1]?.bottom ?? 0) - 0.5);
}

/** Types a key and finds the overflow drawn by the overlay where the highlight's text is on the page. */
async function expectDrawnWhileTyping(page: Page, frame: Page | Frame): Promise<void> {
  const highlightStart = await frame.evaluate(() => {
    const [first] = CSS.highlights.get('declcheck-overflow') ?? [];
    if (!first) return undefined;
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(first.endContainer, first.endOffset);
    const rect = range.getClientRects()[0];
    return rect && { x: rect.left, y: rect.top, right: rect.right };
  });
  const origin =
    frame !== page
      ? await (await (frame as Frame).frameElement()).evaluate((el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
        })
      : { x: 0, y: 0 };
  await page.keyboard.type('补');
  const drawn = await waitInOverlay(
    (fn, arg) => inOverlayRoot(page, fn, arg),
    (root) => {
      const box = root?.querySelector('[data-role="overflow"][data-path="sections.issues"]:not([hidden])');
      const r = box?.getBoundingClientRect();
      return r && { x: r.left, y: r.top, right: r.right, read: root?.querySelector('body')?.dataset.editorsRead ?? '' };
    },
  );
  // Its top is the highlight's first line's, and it reaches across that line. The keystroke's check read its
  // paragraph only (Slate puts a new text node in place of the old on every keystroke; the paragraph is known all the same).
  expect(drawn.read).toBe('paragraphs');
  expect(highlightStart).toBeDefined();
  const start = {
    x: origin.x + (highlightStart?.x ?? Number.NaN),
    y: origin.y + (highlightStart?.y ?? Number.NaN),
  };
  expect(Math.abs(drawn.y - start.y)).toBeLessThan(1.5);
  expect(drawn.x).toBeLessThan(start.x + 1.5);
  expect(drawn.right).toBeGreaterThan(origin.x + (highlightStart?.right ?? Number.NaN) - 1.5);
}

/**
 * Waits for a check that validated the page as it was after `count` checks (read in the same task as a change):
 * begun since, and settled — not a keystroke's check that only counted (whatever that stood in for is back then).
 */
function validatedSince(page: TestPage, count: number): Promise<void> {
  return expect
    .poll(() =>
      page.inOverlay((root, after) => {
        const data = root?.querySelector('body')?.dataset;
        return Number(data?.checks) > after && data?.settled === 'true';
      }, count),
    )
    .toBe(true);
}

/** A rich editor in the page and one in an iframe, as every browser must show them. */
const IN_EVERY_BROWSER = [
  {
    name: 'Quill',
    page: '/editor-quill.html',
    frame: undefined,
    load: (content: string) =>
      (
        window as unknown as { editor: { clipboard: { dangerouslyPasteHTML(h: string): void } } }
      ).editor.clipboard.dangerouslyPasteHTML(content),
  },
  {
    name: 'TinyMCE (iframe)',
    page: '/editor-tinymce.html',
    frame: 'iframe',
    load: (content: string) => (window as unknown as EditorWindow).editor.setContent?.(content),
  },
] as const;

describe.each(BROWSERS)('document mode in a rich and an iframe editor, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  for (const editor of IN_EVERY_BROWSER) {
    it(`${editor.name}: highlights the overflow in the text, and keeps it right as typing goes on`, async () => {
      const page = await session.open(editor.page);
      await expect.poll(() => page.evaluate(() => Boolean((window as unknown as EditorWindow).editor))).toBe(true);
      // The draft is in the editor's document (TinyMCE's iframe body) before the user clicks the button. Loaded
      // again until it is: on a loaded machine TinyMCE was once seen to start its frame anew after its init callback.
      await expect
        .poll(async () => {
          await page.evaluate(editor.load, html);
          return page.evaluate(
            ({ frame, paragraph }) => {
              const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument : document;
              return doc?.body.textContent?.includes(paragraph) ?? false;
            },
            { frame: editor.frame, paragraph: LAST_PARAGRAPH },
          );
        })
        .toBe(true);
      await session.browser.activate(page);
      await expect.poll(() => panelMode(page)).toBe('document');
      await expect.poll(() => overlayText(page, counterSelector('sections.issues'))).toMatch(/^\d+ \/ 500 字$/);

      // The caret at the end of the last paragraph, and 480 characters put in there as an input method does.
      const inserted = await page.inOverlay(
        (root, { frame, paragraph, typed }) => {
          const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument : document;
          if (!doc) throw new Error('no editor document');
          const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
          let node = walker.nextNode() as Text | null;
          while (node && !node.data.includes(paragraph)) node = walker.nextNode() as Text | null;
          if (!node) throw new Error(`no paragraph ${paragraph}`);
          ((node.parentElement?.closest('[contenteditable="true"]') ?? doc.body) as HTMLElement).focus();
          const range = doc.createRange();
          range.setStart(node, node.data.indexOf(paragraph) + paragraph.length);
          doc.getSelection()?.removeAllRanges();
          doc.getSelection()?.addRange(range);
          doc.execCommand('insertText', false, typed);
          return Number(root?.querySelector('body')?.dataset.checks);
        },
        { frame: editor.frame, paragraph: LAST_PARAGRAPH, typed: TYPED },
      );
      await validatedSince(page, inserted);
      expect(await overlayElements(page, panelItemSelector('sections.issues', 'too_long'))).toHaveLength(1);
      const shown = await highlightedIn(page, editor.frame);
      expect(shown).toMatch(/^补+$/);

      // Two more characters, committed by the input method at the caret: once typing pauses the highlight is over
      // them too, and still only over the overflow. (Typed at the end of the highlight, they are in it at once: the
      // range ends after the text node; the check that validates them is the one waited for.)
      const before = shown.length;
      const committed = await page.inOverlay((root, frame) => {
        const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument : document;
        doc?.execCommand('insertText', false, '补补');
        return Number(root?.querySelector('body')?.dataset.checks);
      }, editor.frame);
      await validatedSince(page, committed);
      expect(await highlightedIn(page, editor.frame)).toBe('补'.repeat(before + 2));

      // The editor re-renders the paragraph with the same text (new nodes, as Slate does): no keystroke, so the
      // check that follows keeps the highlight in the text rather than standing in for it as for typing.
      const highlighted = '补'.repeat(before + 2);
      // The count of checks is read in the same task as the change: a check counted later began after it.
      const checks = await page.inOverlay(
        (root, { frame, typed }) => {
          const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument : document;
          const walker = doc?.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
          let node = walker?.nextNode() as Text | null;
          while (node && !node.data.includes(typed)) node = walker?.nextNode() as Text | null;
          if (!node) throw new Error('no typed text');
          node.replaceWith(doc?.createTextNode(node.data) as Text);
          return Number(root?.querySelector('body')?.dataset.checks);
        },
        { frame: editor.frame, typed: '补补补' },
      );
      await expect
        .poll(() => page.inOverlay((root) => Number(root?.querySelector('body')?.dataset.checks)))
        .toBeGreaterThan(checks);
      expect(await highlightedIn(page, editor.frame)).toBe(highlighted);

      // Fixed: the highlight goes.
      await page.evaluate(editor.load, html);
      await expect
        .poll(async () => (await overlayElements(page, panelItemSelector('sections.issues', 'too_long'))).length)
        .toBe(0);
      expect(await highlightedIn(page, editor.frame)).toBe('');
    });
  }
});
