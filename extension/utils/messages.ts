import { ISSUE_CODES } from '@declcheck/schema';
import { getDraftMessage, saveDraftMessage } from './draft-messages';
import { z } from './zod';

const smallCount = z.number().check(z.int(), z.minimum(0), z.maximum(100_000));

/** What a content script may tell the background. Anything else is dropped unread. */
export const pageStatusMessage = z.strictObject({
  type: z.literal('declcheck:page-status'),
  errors: smallCount,
  warnings: smallCount,
  codes: z.array(z.enum(ISSUE_CODES)).check(z.maxLength(100)),
});
export type PageStatusMessage = z.infer<typeof pageStatusMessage>;

/** The panel's 草稿管理 link: extension pages are opened by the background, not by the page. */
export const openDraftsMessage = z.strictObject({ type: z.literal('declcheck:open-drafts') });

/** The panel's 打开检查页, offered where the page's text cannot be read (a canvas editor). */
export const openCheckerMessage = z.strictObject({ type: z.literal('declcheck:open-checker') });

/** The panel's 站点配置: imported and exported on the options page, where no page script can reach the file. */
export const openProfilesMessage = z.strictObject({ type: z.literal('declcheck:open-profiles') });

/** The panel's 在此网站上始终启用: the options page asks the browser for the sender's site, on the user's click. */
export const offerAlwaysOnMessage = z.strictObject({ type: z.literal('declcheck:offer-always-on') });

export const contentMessage = z.discriminatedUnion('type', [
  pageStatusMessage,
  saveDraftMessage,
  getDraftMessage,
  openDraftsMessage,
  openCheckerMessage,
  openProfilesMessage,
  offerAlwaysOnMessage,
]);
export type ContentMessage = z.infer<typeof contentMessage>;
