import { browser } from 'wxt/browser';
import { trusted } from './trusted';

/**
 * A link-styled button that asks the background to show one of our pages (a content script cannot open one): a
 * click of the user's own, never a page script's; the background keeps it to one tab per page.
 */
export function OpenPage({ page, label }: { page: 'checker' | 'drafts' | 'profiles'; label: string }) {
  return (
    <button
      type="button"
      class="link"
      data-action={`open-${page}`}
      onClick={trusted(() => browser.runtime.sendMessage({ type: `declcheck:open-${page}` }).catch(() => undefined))}
    >
      {label}
    </button>
  );
}
