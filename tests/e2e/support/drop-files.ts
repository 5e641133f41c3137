import type { Page } from 'playwright-core';
import type { TestPage } from './browsers/test-browser';

/** Drops files on the page's main element the way a file manager does: a real DragEvent carrying a DataTransfer. */
export async function dropFiles(
  page: Page | TestPage,
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<void> {
  await (page as TestPage).evaluate(
    (list: { name: string; base64: string }[]) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of list) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], name));
      }
      const target = document.querySelector('main') as HTMLElement;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    files.map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString('base64') })),
  );
}
