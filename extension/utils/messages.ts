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

/** The panel's 导入站点配置: the file's text, checked and stored by the background. */
export const importProfilesMessage = z.strictObject({
  type: z.literal('declcheck:import-profiles'),
  json: z.string().check(z.maxLength(5_000_000)),
});

export const contentMessage = z.discriminatedUnion('type', [
  pageStatusMessage,
  saveDraftMessage,
  getDraftMessage,
  openDraftsMessage,
  openCheckerMessage,
  importProfilesMessage,
]);
export type ContentMessage = z.infer<typeof contentMessage>;
