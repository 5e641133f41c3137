import { browser } from 'wxt/browser';
import { activateTab } from '../utils/activate-tab';
import { updateBadge } from '../utils/badge';
import { contentMessage } from '../utils/messages';

export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void activateTab(tab.id);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts talk to us; a page or another extension is ignored.
    if (sender.id !== browser.runtime.id || !sender.tab?.id) return undefined;
    const parsed = contentMessage.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    if (message.type === 'declcheck:page-status') {
      return updateBadge(sender.tab.id, message).then(() => ({ ok: true }));
    }
    return undefined;
  });

  if (import.meta.env.MODE === 'e2e') {
    // The e2e tests cannot click the toolbar; they call what the click calls.
    Object.assign(globalThis, { declcheckTest: { activateTab } });
  }
});
