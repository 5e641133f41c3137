import { count } from '@declcheck/schema';
import { browser } from 'wxt/browser';
import type { GetDraftMessage, SaveDraftMessage } from '../../../utils/draft-messages';
import type { SaveResult } from '../../../utils/draft-store';
import type { VersionRecord } from '../../../utils/drafts-db';
import type { DetectedField } from '../form/detect-fields';
import { flatValues } from '../form/read-values';
import type { ScriptLifetime } from '../script-lifetime';
import type { Store } from '../ui/store';
import { createAutosave, type Snapshot } from './autosave';
import { draftPath, formFingerprint } from './form-fingerprint';
import { pasteIntoEditor } from './paste-into-editor';
import { restoreValues } from './restore-values';

/** A saved draft the user may bring back: shown as a quiet prompt, never applied on its own. */
export interface RestoreOffer {
  readonly savedAt: number;
  readonly count: number;
  /** Under passphrase protection: the page cannot read it, so `restore` opens the drafts manager instead. */
  readonly sealed: boolean;
  restore(): void;
  dismiss(): void;
}

type Values = Record<string, string | string[]>;

/**
 * What a full disk did to the drafts: older history was pruned to make room (every draft keeps its newest
 * version), or even that was not enough and the save waits to be retried.
 */
export type StorageNotice = 'pruned' | 'full';

/** An online editor on the page, as a check read it. */
export interface EditorText {
  /** Changes whenever the text does: compared instead of the text itself, which may be long. */
  readonly revision: number;
  /** Its text, read only when needed (a save, the first sight). */
  readonly text: () => string;
  /** Its markup, read only when a save goes out. */
  readonly html: () => string;
  readonly root: HTMLElement;
  /** Whether it holds a declaration: only then is it kept as a draft. */
  readonly recognised: boolean;
}

/** The draft of an online document: its whole text, and its markup for a faithful copy. */
const DOCUMENT_PATHS = ['document.text', 'document.html'];
/** An editor's draft's key, worked out once: every keystroke asks for it. */
const DOCUMENT_KEY = formFingerprint(DOCUMENT_PATHS);

/**
 * Watches what the user writes — a portal's fields, or an online editor's whole document — and saves it (see
 * autosave.ts) under the form's key: one draft per template's form on a page, whichever of its fields the page
 * shows, so the steps of a multi-step portal (one page, its route changing) all go into one draft. On the first
 * sight of a form's fields it offers the newest saved version when that differs from what the page shows; a
 * document's drafts wait in the drafts manager.
 */
export function createDraftKeeper(
  ctx: ScriptLifetime,
  template: { readonly id: string; readonly title: string },
  offers: Store<RestoreOffer | undefined>,
  /** Whether the user excluded this control from drafts on this site. */
  isExcluded: (element: Element) => boolean,
  storage: Store<StorageNotice | undefined>,
) {
  const path = draftPath();
  let { title, id: templateId } = template;
  let formKey = formFingerprint([`template:${templateId}`]);
  /** The values of the form's fields the page does not show now: an earlier step's, or the saved draft's. */
  const carried: Values = {};
  let shownValues: Values = {};
  /** The form's fields on the page now, kept in drafts or not. */
  let onPage = new Set<string>();
  /** The list of fields `onPage` was last worked out from. */
  let formFieldsSeen: readonly DetectedField[] | undefined;
  /** The fields whose saved values were offered already: a step that shows new ones is offered them too. */
  const offeredPaths = new Set<string>();
  let fields: readonly DetectedField[] = [];
  let lastErrors = 0;
  let lastDocuments: readonly EditorText[] = [];
  let documentOffered = false;

  const form = track<Values>(sameValues, () => keeper.observe(fields, lastErrors, lastDocuments));
  const documents = track<readonly number[]>(sameNumbers, () => keeper.observe(fields, lastErrors, lastDocuments));

  /**
   * One stream of versions under one key: its baseline, what was last seen, and its own autosave. What is seen
   * (`S`) is what decides whether anything changed: a form's values, or a document's revisions.
   */
  function track<S>(same: (a: S, b: S) => boolean, capture: () => void) {
    let fingerprint: string | undefined;
    let lastSeen: S | undefined;
    /** Whether anything changed since the key was first seen (then its save holds newer values than the baseline). */
    let changed = false;
    const stream = streamId();
    const autosave = createAutosave<Snapshot & FiledUnder>(
      ctx,
      async (snapshot) => {
        const message = { type: 'declcheck:save-draft', path, stream, ...snapshot } as SaveDraftMessage;
        const reply = (await browser.runtime.sendMessage(message)) as SaveResult | undefined;
        if (reply?.ok && reply.prunedForSpace) storage.set('pruned');
        else if (reply?.ok && storage.get() === 'full') storage.set(undefined);
        else if (reply && !reply.ok && reply.error === 'quota') storage.set('full');
        return reply?.ok === true;
      },
      capture,
    );
    return {
      flush: autosave.flush,
      /**
       * Returns true the first time a key is seen: what the page shows then is the baseline, not an edit.
       * `seen` decides whether anything changed; `values` are read when a save goes out, not on every keystroke.
       */
      see(key: string, seen: S, errors: number, values: () => Values): boolean {
        if (key !== fingerprint) {
          fingerprint = key;
          lastSeen = seen;
          changed = false;
          return true;
        }
        if (lastSeen === undefined || !same(seen, lastSeen)) {
          lastSeen = seen;
          changed = true;
          const savedAt = Date.now();
          const under = filedUnder(key);
          autosave.update(() => {
            const snapshot = values();
            return { values: snapshot, summary: { count: total(snapshot), errors }, savedAt, ...under };
          });
        }
        return false;
      },
      /**
       * What is seen now without it being an edit (the saved draft's values for fields not on the page, joined to
       * what the page shows), unless something changed since the key was first seen.
       */
      settle(seen: S) {
        if (!changed) lastSeen = seen;
      },
      /** Saves what the page held when first seen: the baseline is the user's work too, typed before we started. */
      keep(values: () => Values, errors: number) {
        if (changed || !fingerprint) return;
        const savedAt = Date.now();
        const under = filedUnder(fingerprint);
        autosave.update(() => {
          const snapshot = values();
          return { values: snapshot, summary: { count: total(snapshot), errors }, savedAt, ...under };
        });
      },
    };
  }

  /** What a save is filed under, as it stood when the change was seen (the form may change before it goes). */
  const filedUnder = (fingerprint: string): FiledUnder => ({ fingerprint, template: templateId, title });

  /** The newest saved version under `key`, if any could be read. */
  const newestUnder = async (key: string): Promise<VersionRecord | undefined> => {
    const request: GetDraftMessage = { type: 'declcheck:get-draft', path, fingerprint: key };
    const reply = (await browser.runtime.sendMessage(request).catch(() => undefined)) as
      | { version?: VersionRecord | null }
      | undefined;
    return reply?.version ?? undefined;
  };
  /**
   * Offers the newest saved version under `key` (else under `formerKey`, where an earlier version of the extension
   * kept the form's draft: by its set of fields) when it holds something and differs from what the page shows
   * (`differs`); `restore` puts it back. Resolves with that version (undefined when none, or none could be read).
   */
  const offer = async (
    key: string,
    differs: (values: VersionRecord['values']) => boolean,
    restore: (values: VersionRecord['values']) => void,
    formerKey?: string,
  ): Promise<VersionRecord | undefined> => {
    const version = (await newestUnder(key)) ?? (formerKey ? await newestUnder(formerKey) : undefined);
    if (!version) return undefined;
    const sealed = version.sealed !== undefined;
    if (!sealed && (!hasContent(version.values) || !differs(version.values))) return version;
    offers.set({
      savedAt: version.savedAt,
      count: version.summary.count,
      sealed,
      restore() {
        if (sealed) browser.runtime.sendMessage({ type: 'declcheck:open-drafts' }).catch(() => undefined);
        else restore(version.values);
        offers.set(undefined);
      },
      dismiss() {
        offers.set(undefined);
      },
    });
    return version;
  };
  /**
   * Whether what the page held before the checker started (typed before the click, or before a reload) is kept as a
   * version, once the newest saved one is known: unless it is that version, or empty. The newest is asked for first,
   * so the offer is of the version saved before, not of what the page shows.
   */
  const worthKeeping = (newest: VersionRecord | undefined, shown: VersionRecord['values']) =>
    hasContent(shown) && (newest?.sealed !== undefined || !sameValues(newest?.values ?? {}, shown));
  let documentOffer: Promise<VersionRecord | undefined> = Promise.resolve(undefined);

  const keeper = {
    /**
     * The page turned out to be of another form: what was typed goes out under the old form's draft first, and the
     * fields found from now on are the new form's draft (offered again if it has one).
     */
    useTemplate(next: { readonly id: string; readonly title: string }) {
      if (next.id === templateId) return;
      form.flush();
      documents.flush();
      ({ title, id: templateId } = next);
      formKey = formFingerprint([`template:${templateId}`]);
      for (const field of Object.keys(carried)) delete carried[field];
      shownValues = {};
      onPage = new Set();
      formFieldsSeen = undefined;
      offeredPaths.clear();
    },
    /** Called after every check with the fields found, the page's error count and the editors' texts. */
    observe(found: readonly DetectedField[], errors: number, editorTexts: readonly EditorText[] = []) {
      // A sandboxed page (or a data:/blob: document) has an opaque origin, "null" for every such page of every
      // site: a draft kept under it would be offered to all of them. Such pages keep none.
      if (window.origin === 'null') return;
      fields = found;
      lastErrors = errors;
      lastDocuments = editorTexts;
      const kept = found.filter(
        (f) => !(f.kind === 'choice' ? f.options.some((o) => isExcluded(o.element)) : isExcluded(f.element)),
      );
      if (kept.length > 0) {
        const values = flatValues(kept);
        // A field gone from the page (the portal's next step) keeps its last value in the draft; one still on the
        // page but excluded by the user keeps none.
        // The fields found change only with a scan; a keystroke's check passes the same list again.
        const rescanned = found !== formFieldsSeen;
        formFieldsSeen = found;
        if (rescanned) {
          onPage = new Set(found.map((f) => f.path));
          for (const [field, value] of Object.entries(shownValues)) if (!onPage.has(field)) carried[field] = value;
          for (const field of onPage) delete carried[field];
        }
        shownValues = values;
        const whole = { ...carried, ...values };
        const first = form.see(formKey, whole, errors, () => whole);
        const unseen = rescanned ? found.filter((f) => !offeredPaths.has(f.path)) : [];
        if (unseen.length > 0) {
          for (const f of unseen) offeredPaths.add(f.path);
          const formerKey = first ? formFingerprint(found.map((f) => f.path)) : undefined;
          void offer(
            formKey,
            // Against what the page shows when the answer comes: the portal may have gone on to another step.
            (saved) => differsOnPage(saved, shownValues),
            (saved) => restoreValues(fields, saved),
            formerKey,
          ).then((newest) => {
            // What the saved draft holds for fields not on the page now stays in the draft's next versions.
            if (newest && newest.sealed === undefined) {
              for (const [field, value] of Object.entries(newest.values)) {
                if (!onPage.has(field) && !(field in carried)) {
                  carried[field] = typeof value === 'string' ? value : [...value];
                }
              }
            }
            const now = () => ({ ...carried, ...shownValues });
            form.settle(now());
            if (first && worthKeeping(newest, now())) form.keep(now, errors);
          });
        }
      }
      const editor = editorTexts[0];
      if (editor && !documentOffered && kept.length === 0) {
        // The first sight of an editor (a blank one too): a saved document can go back into it.
        documentOffered = true;
        const shown = editorTexts.map((d) => d.text()).join('\n\n');
        documentOffer = offer(
          DOCUMENT_KEY,
          (saved) => saved['document.text'] !== shown,
          (saved) => pasteIntoEditor(editor.root, saved['document.html'], saved['document.text']),
        );
      }
      const declarations = editorTexts.filter((d) => d.recognised);
      if (declarations.length > 0) {
        const snapshot = () => ({
          'document.text': declarations.map((d) => d.text()).join('\n\n'),
          'document.html': declarations.map((d) => d.html()).join('\n'),
        });
        const first = documents.see(
          DOCUMENT_KEY,
          declarations.map((d) => d.revision),
          errors,
          snapshot,
        );
        if (first) {
          // Told by its text alone: the markup kept beside it differs with every editor's rendering.
          void documentOffer.then((newest) => {
            const text = (values: VersionRecord['values']) => ({ 'document.text': values['document.text'] ?? '' });
            const saved = newest && { ...newest, values: text(newest.values) };
            if (worthKeeping(saved, text(snapshot()))) documents.keep(snapshot, errors);
          });
        }
      }
    },
  };
  return keeper;
}

interface FiledUnder {
  readonly fingerprint: string;
  readonly template: string;
  readonly title: string;
}

/** Whether a saved version holds, for a field the page shows, a value other than the page's. */
function differsOnPage(saved: VersionRecord['values'], shown: Values): boolean {
  return Object.entries(shown).some(([field, value]) => {
    const kept = saved[field];
    return kept !== undefined && !sameValues({ v: kept }, { v: value });
  });
}

/** Whether two snapshots hold the same values (strings compared as strings, lists item by item). */
function sameValues(a: VersionRecord['values'], b: VersionRecord['values']): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key];
    const y = b[key];
    if (typeof x === 'string' || typeof y === 'string') return x === y;
    return x !== undefined && y !== undefined && x.length === y.length && x.every((v, i) => v === y[i]);
  });
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/** The 字数 of every text value together (a document's markup is not text): the draft's size in the drafts manager. */
function total(values: Values): number {
  return Object.entries(values).reduce(
    (sum, [path, v]) => sum + (typeof v === 'string' && path !== 'document.html' ? count(v) : 0),
    0,
  );
}

function hasContent(values: Readonly<Record<string, string | readonly string[]>>): boolean {
  return Object.values(values).some((v) => (typeof v === 'string' ? v.trim() !== '' : v.length > 0));
}

/**
 * A random id for one page's stream of saves, shaped as a UUID. Not `crypto.randomUUID()`: that exists only in
 * secure contexts, and many portals are served over plain http.
 */
function streamId(): string {
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
