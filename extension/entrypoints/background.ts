import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { activateTab } from '../utils/activate-tab';
import { updateBadge } from '../utils/badge';
import { contentSender } from '../utils/content-sender';
import { failNextWritesForQuota, getDraft, saveDraft } from '../utils/draft-store';
import { DraftsDb } from '../utils/drafts-db';
import { contentMessage } from '../utils/messages';
import { OWN_PAGES, openOwnPage } from '../utils/open-own-page';
import { toolbarButton } from '../utils/toolbar-button';

const MENU_PAGE = 'declcheck-check-page';
const MENU_SELECTION = 'declcheck-check-selection';

export default defineBackground(() => {
  toolbarButton.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void activateTab(tab.id);
  });

  // 检查本页申报书 / 检查选中内容: a reviewer's right click grants activeTab just as the toolbar button does.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_PAGE, title: browser.i18n.getMessage('menuCheckPage'), contexts: ['page'] });
    browser.contextMenus.create({
      id: MENU_SELECTION,
      title: browser.i18n.getMessage('menuCheckSelection'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_PAGE) void activateTab(tab.id);
    if (info.menuItemId === MENU_SELECTION) void activateTab(tab.id, { selectionOnly: true });
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts, running in a web page, talk to us.
    const from = contentSender(sender);
    if (!from) return undefined;
    const parsed = contentMessage.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    // The site a draft belongs to is the sender's page, never what the message claims.
    const { origin, tabId } = from;
    switch (message.type) {
      case 'declcheck:page-status':
        return tabId === undefined
          ? Promise.resolve({ ok: false })
          : updateBadge(tabId, message).then(() => ({ ok: true }));
      case 'declcheck:save-draft':
        return saveDraft(origin, message);
      case 'declcheck:open-drafts':
      case 'declcheck:open-checker':
      case 'declcheck:open-profiles':
        return openOwnPage(OWN_PAGES[message.type]).then(() => ({ ok: true }));
      case 'declcheck:get-draft':
        return getDraft(origin, message).then((version) => ({ version: version ?? null }));
    }
  });

  if (import.meta.env.MODE === 'e2e') {
    // The e2e tests cannot click the toolbar; they call what the click calls.
    // …and open a drafts database of their own to test schema upgrades on.
    Object.assign(globalThis, { declcheckTest: { activateTab, saveDraft, DraftsDb, failNextWritesForQuota } });
  }
});
