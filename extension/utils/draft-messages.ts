import { z } from './zod';

const value = z.union([
  z.string().check(z.maxLength(2_000_000)),
  z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
]);
const fingerprint = z.string().check(z.regex(/^[0-9a-f]{8}$/));
const path = z.string().check(z.maxLength(2000));
const templateId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(100));

/** A content script asking the background to keep the form as it is now. */
export const saveDraftMessage = z.strictObject({
  type: z.literal('declcheck:save-draft'),
  path,
  fingerprint,
  title: z.string().check(z.maxLength(500)),
  /** The form's template id: the drafts manager shows and exports the draft by that form's labels. */
  template: templateId,
  values: z.record(z.string().check(z.maxLength(200)), value).check(z.refine((v) => Object.keys(v).length <= 200)),
  summary: z.strictObject({
    count: z.number().check(z.int(), z.minimum(0)),
    errors: z.number().check(z.int(), z.minimum(0)),
  }),
  savedAt: z.number().check(z.int(), z.positive()),
  /** One page's stream of saves under this key: the background files a second of them as one version. */
  stream: z.optional(z.string().check(z.regex(/^[0-9a-f-]{36}$/))),
});
export type SaveDraftMessage = z.infer<typeof saveDraftMessage>;

/** A content script asking for the newest saved version of its form. */
export const getDraftMessage = z.strictObject({ type: z.literal('declcheck:get-draft'), path, fingerprint });
export type GetDraftMessage = z.infer<typeof getDraftMessage>;
