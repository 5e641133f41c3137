import { count } from '@declcheck/schema';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GetDraftMessage, SaveDraftMessage } from '../../../utils/draft-messages';
import type { VersionRecord } from '../../../utils/drafts-db';
import type { DetectedField } from '../form/detect-fields';
import { flatValues } from '../form/read-values';
import type { Store } from '../ui/store';
import { createAutosave } from './autosave';
import { draftPath, formFingerprint } from './form-fingerprint';
import { restoreValues } from './restore-values';

/** A saved draft the user may bring back: shown as a quiet prompt, never applied on its own. */
export interface RestoreOffer {
  readonly savedAt: number;
  readonly count: number;
  restore(): void;
  dismiss(): void;
}

/**
 * Watches the portal's fields: saves what the user types (see autosave.ts) under this form's key, and on the
 * first sight of a form offers its newest saved version when it differs from what the page shows.
 */
export function createDraftKeeper(ctx: ContentScriptContext, title: string, offers: Store<RestoreOffer | undefined>) {
  let fingerprint: string | undefined;
  let fields: readonly DetectedField[] = [];
  let lastSaved = '';
  let lastErrors = 0;
  const path = draftPath(location);

  const autosave = createAutosave(
    ctx,
    async (snapshot) => {
      if (!fingerprint) return false;
      const message = { type: 'declcheck:save-draft', path, fingerprint, title, ...snapshot } as SaveDraftMessage;
      const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
      return reply?.ok === true;
    },
    () => keeper.observe(fields, lastErrors),
  );

  const offer = async (key: string, current: string) => {
    const request: GetDraftMessage = { type: 'declcheck:get-draft', path, fingerprint: key };
    const reply = (await browser.runtime.sendMessage(request).catch(() => undefined)) as
      | { version?: VersionRecord | null }
      | undefined;
    const version = reply?.version;
    if (!version || fingerprint !== key || JSON.stringify(version.values) === current || !hasContent(version.values))
      return;
    offers.set({
      savedAt: version.savedAt,
      count: version.summary.count,
      restore() {
        restoreValues(fields, version.values);
        offers.set(undefined);
      },
      dismiss() {
        offers.set(undefined);
      },
    });
  };

  const keeper = {
    /** Called after every check with the fields found and the page's error count. */
    observe(found: readonly DetectedField[], errors: number) {
      fields = found;
      lastErrors = errors;
      if (found.length === 0) return;
      const values = flatValues(found);
      const serialized = JSON.stringify(values);
      const key = formFingerprint(found.map((f) => f.path));
      if (key !== fingerprint) {
        // A new form (or the first sight of one): what it shows now is the baseline, not an edit to save.
        fingerprint = key;
        lastSaved = serialized;
        void offer(key, serialized);
        return;
      }
      if (serialized === lastSaved) return;
      lastSaved = serialized;
      const total = Object.values(values).reduce((sum, v) => sum + (typeof v === 'string' ? count(v) : 0), 0);
      autosave.update({ values, summary: { count: total, errors }, savedAt: Date.now() });
    },
  };
  return keeper;
}

function hasContent(values: Readonly<Record<string, string | readonly string[]>>): boolean {
  return Object.values(values).some((v) => (typeof v === 'string' ? v.trim() !== '' : v.length > 0));
}
