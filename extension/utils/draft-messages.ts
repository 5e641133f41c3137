import { z } from './zod';

const value = z.union([z.string().max(2_000_000), z.array(z.string().max(200)).max(50)]);

/** A content script asking the background to keep the form as it is now. */
export const saveDraftMessage = z.strictObject({
  type: z.literal('declcheck:save-draft'),
  path: z.string().max(2000),
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/),
  title: z.string().max(500),
  values: z.record(z.string().max(200), value).refine((v) => Object.keys(v).length <= 200),
  summary: z.strictObject({ count: z.number().int().min(0), errors: z.number().int().min(0) }),
  savedAt: z.number().int().positive(),
});
export type SaveDraftMessage = z.infer<typeof saveDraftMessage>;

/** A content script asking for the newest saved version of its form. */
export const getDraftMessage = z.strictObject({
  type: z.literal('declcheck:get-draft'),
  path: z.string().max(2000),
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/),
});
export type GetDraftMessage = z.infer<typeof getDraftMessage>;
