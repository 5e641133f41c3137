import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { activateTab } from '../utils/activate-tab';
import { enableSite, siteOf, syncRegistration } from '../utils/always-on-sites';
import { updateBadge } from '../utils/badge';
import { contentSender } from '../utils/content-sender';
import { failNextWritesForQuota, getDraft, saveDraft } from '../utils/draft-store';
import { DraftsDb } from '../utils/drafts-db';
import { ASIDE_PLACE, erasePlace, MAIN_PLACE, openPlace } from '../utils/drafts-place';
import { contentMessage } from '../utils/messages';
import { OWN_PAGES, openOwnPage, sitesPage } from '../utils/open-own-page';
import { toolbarButton } from '../utils/toolbar-button';
import { welcomeOnce } from '../utils/welcome';

const MENU_PAGE = 'declcheck-check-page';
const MENU_SELECTION = 'declcheck-check-selection';
const MENU_ALWAYS_ON = 'declcheck-always-on';

export default defineBackground(() => {
  toolbarButton.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void activateTab(tab.id);
  });

  // 检查本页申报书 / 检查选中内容: a reviewer's right click grants activeTab just as the toolbar button does.
  // 在此网站上始终启用 on the toolbar button's own menu (MV2 calls that context browser_action).
  browser.runtime.onInstalled.addListener((details) => {
    browser.contextMenus.create({ id: MENU_PAGE, title: browser.i18n.getMessage('menuCheckPage'), contexts: ['page'] });
    browser.contextMenus.create({
      id: MENU_SELECTION,
      title: browser.i18n.getMessage('menuCheckSelection'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: MENU_ALWAYS_ON,
      title: browser.i18n.getMessage('alwaysOnForSite'),
      contexts: [import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action'] as ['action'],
    });
    if (details.reason === 'install') void welcomeOnce();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_PAGE) void activateTab(tab.id);
    if (info.menuItemId === MENU_SELECTION) void activateTab(tab.id, { selectionOnly: true });
    if (info.menuItemId === MENU_ALWAYS_ON) {
      // The click's user gesture lets the browser ask for the site at once; the checker then runs in this tab too.
      const site = siteOf(tab.url);
      const tabId = tab.id;
      if (site) void enableSite(site).then((on) => (on ? activateTab(tabId) : undefined));
      else void openOwnPage(sitesPage());
    }
  });

  // Firefox keeps no registered content script across a restart, and a permission taken back in the browser's
  // settings must stop the script: the registration is made anew from the chosen sites and their permissions.
  void syncRegistration();
  browser.permissions.onAdded.addListener(() => void syncRegistration());
  browser.permissions.onRemoved.addListener(() => void syncRegistration());

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
      case 'declcheck:offer-always-on':
        // The sender's own site, never one a message names.
        return openOwnPage(sitesPage(origin)).then(() => ({ ok: true }));
      case 'declcheck:get-draft':
        return getDraft(origin, message).then((version) => ({ version: version ?? null }));
    }
  });

  if (import.meta.env.MODE === 'e2e') {
    // The e2e tests cannot click the toolbar; they call what the click calls.
    // …open a drafts database of their own to test schema upgrades on, and cut a rewrite short where they choose.
    Object.assign(globalThis, {
      declcheckTest: {
        activateTab,
        saveDraft,
        DraftsDb,
        failNextWritesForQuota,
        places: { openPlace, erasePlace, MAIN_PLACE, ASIDE_PLACE },
      },
    });
  }
});
