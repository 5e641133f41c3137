import { launchChromiumBrowser } from '../e2e/support/browsers/chromium';
import { overlayProbe } from '../e2e/support/browsers/overlay-reads';
import type { TestPage } from '../e2e/support/browsers/test-browser';
import { startFixtureServer } from '../support/fixture-server';

export interface EditorEditRow {
  readonly checker: 'off' | 'on';
  readonly paragraphs: number;
  /** Tasks of 50 ms or more while the edits were made and checked. */
  readonly longTasks: number;
  readonly longestMs: number;
  /** What the checker read for the edits' checks (`whole` where paragraphs moved). */
  readonly reads: string;
}

/** Enter at the end of a paragraph, a character in the new one, and two Backspaces: each moves paragraphs. */
const EDITS = ['Enter', '新', 'Backspace', 'Backspace'] as const;

/**
 * Edits that move the paragraphs of a large online editor, in two tabs of one Chromium: the checker off, and on.
 * Each such edit makes the checker read the whole editor again (the library works out a one-paragraph edit only).
 */
export async function editorEditBench(paragraphs = 10_000): Promise<EditorEditRow[]> {
  const server = await startFixtureServer();
  const browser = await launchChromiumBrowser();
  const out: EditorEditRow[] = [];
  try {
    for (const checker of ['off', 'on'] as const) {
      const page = await browser.open(server.url(`/large-page.html?kind=editor&n=${paragraphs}`));
      try {
        if (checker === 'on') {
          await browser.activate(page);
          await until(async () => (await overlayProbe(page, 'checks')) !== undefined);
        }
        await startRecording(page);
        const reads: string[] = [];
        for (const key of EDITS) {
          const before = Number(await overlayProbe(page, 'checks'));
          if (key === '新') await page.keyboard(key);
          else await page.press(key);
          if (checker === 'on') {
            await until(
              async () =>
                Number(await overlayProbe(page, 'checks')) > before && (await overlayProbe(page, 'settled')) === 'true',
            );
            reads.push((await overlayProbe(page, 'editorsRead')) ?? '');
          }
          // The page's own work after the key (layout of the moved paragraphs) is counted in both tabs alike.
          await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
        }
        const recorded = await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks);
        out.push({
          checker,
          paragraphs,
          longTasks: recorded.filter((ms) => ms >= 50).length,
          longestMs: Math.max(0, ...recorded),
          reads: reads.join(' '),
        });
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** Long tasks from now on, and the caret at the end of the middle paragraph. */
function startRecording(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { tasks: number[] };
    w.tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    const editor = document.querySelector('[contenteditable]') as HTMLElement;
    editor.focus();
    const range = document.createRange();
    range.selectNodeContents(editor.children[Math.floor(editor.children.length / 2)] as HTMLElement);
    range.collapse(false);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
}

/** Asked from here, not polled in the page: a page timer would wait behind the very tasks being measured. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the checker did not check the edit');
    await new Promise((wait) => setTimeout(wait, 30));
  }
}
