import { ISSUE_CODES } from '@declcheck/schema';
import { getDraftMessage, saveDraftMessage } from './draft-messages';
import { z } from './zod';

/** What a content script may tell the background. Anything else is dropped unread. */
export const pageStatusMessage = z.strictObject({
  type: z.literal('declcheck:page-status'),
  errors: z.number().int().min(0).max(100_000),
  warnings: z.number().int().min(0).max(100_000),
  codes: z.array(z.enum(ISSUE_CODES)).max(100),
});
export type PageStatusMessage = z.infer<typeof pageStatusMessage>;

/** The panel's 草稿管理 link: extension pages are opened by the background, not by the page. */
export const openDraftsMessage = z.strictObject({ type: z.literal('declcheck:open-drafts') });

export const contentMessage = z.discriminatedUnion('type', [
  pageStatusMessage,
  saveDraftMessage,
  getDraftMessage,
  openDraftsMessage,
]);
export type ContentMessage = z.infer<typeof contentMessage>;
