import { messagesFor } from '@declcheck/schema';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../../utils/i18n';
import { uiLocale } from '../../../utils/ui-locale';
import type { RestoreOffer, StorageNotice } from '../drafts/draft-keeper';
import type { Box, PageState } from '../page-state';
import { FieldMapper, type MappingTools } from './field-mapper';
import { pure } from './pure';
import { RestorePrompt } from './restore-prompt';
import { StorageLine } from './storage-line';
import type { Store } from './store';
import { useStore } from './use-store';

/**
 * Everything the user sees on the page: counters beside limited fields, outlines with reasons over wrong
 * fields and groups, boxes over overflowing text in textareas, and a panel listing every issue. Rendered in our
 * shadow root; every marker and panel item carries data-path and data-code for tests and users' tools.
 */
export function OverlayApp({
  store,
  restore,
  storage,
  title,
  tools,
}: {
  store: Store<PageState>;
  restore: Store<RestoreOffer | undefined>;
  storage: Store<StorageNotice | undefined>;
  title: string;
  tools: MappingTools;
}) {
  const state = useStore(store);
  const [open, setOpen] = useState(true);
  const errors = state.issues.filter((i) => i.severity === 'error').length;
  const status = statusLine(state, errors);
  // Each part renders again only when its slice of the state changed (see keepUnchanged and pure): a
  // keystroke re-renders the counter and the issue it changed and nothing else.
  return (
    <div class="layer">
      <Counters counters={state.counters} />
      <OverflowBoxes boxes={state.overflowBoxes} />
      <Markers markers={state.markers} />
      <Panel
        mode={state.mode}
        status={status}
        errors={errors}
        open={open}
        setOpen={setOpen}
        title={title}
        restore={restore}
        storage={storage}
        tools={tools}
        store={store}
      />
    </div>
  );
}

const Panel = pure(function Panel({
  mode,
  status,
  errors,
  open,
  setOpen,
  title,
  restore,
  storage,
  tools,
  store,
}: {
  mode: PageState['mode'];
  status: string;
  errors: number;
  open: boolean;
  setOpen: (open: boolean) => void;
  title: string;
  restore: Store<RestoreOffer | undefined>;
  storage: Store<StorageNotice | undefined>;
  tools: MappingTools;
  store: Store<PageState>;
}) {
  if (!open) {
    return (
      <button type="button" class="reopen" data-role="reopen" onClick={() => setOpen(true)} title={t('overlayTitle')}>
        {errors > 0 ? errors : '✓'}
      </button>
    );
  }
  return (
    <section class="panel" data-role="panel" data-mode={mode} aria-label={t('overlayTitle')}>
      <header>
        <strong>{t('overlayTitle')}</strong>
        <button type="button" class="close" onClick={() => setOpen(false)} aria-label={t('overlayClose')}>
          ×
        </button>
      </header>
      <p class="template">{t('overlayTemplate', title)}</p>
      <p class="status" data-role="status">
        {status}
      </p>
      {mode === 'canvas' && (
        <button
          type="button"
          class="link"
          data-action="open-checker"
          onClick={() => browser.runtime.sendMessage({ type: 'declcheck:open-checker' }).catch(() => undefined)}
        >
          {t('overlayOpenChecker')}
        </button>
      )}
      <RestorePrompt offers={restore} />
      <StorageLine notices={storage} />
      <button
        type="button"
        class="link"
        data-action="open-drafts"
        onClick={() => browser.runtime.sendMessage({ type: 'declcheck:open-drafts' }).catch(() => undefined)}
      >
        {t('openDrafts')}
      </button>
      <FieldMapper tools={tools} />
      <PanelIssues store={store} />
    </section>
  );
});

const Counters = pure(function Counters({ counters }: { counters: PageState['counters'] }) {
  return (
    <div class="group">
      {counters.map((c) => (
        <div
          key={`c:${c.path}`}
          class={`counter ${c.level}`}
          data-role="counter"
          data-path={c.path}
          style={below(c.box)}
        >
          {c.text}
        </div>
      ))}
    </div>
  );
});

const OverflowBoxes = pure(function OverflowBoxes({ boxes }: { boxes: PageState['overflowBoxes'] }) {
  return (
    <div class="group">
      {boxes.map((o, i) => (
        <div key={`o:${o.path}:${i}`} class="overflow" data-role="overflow" data-path={o.path} style={at(o.box)} />
      ))}
    </div>
  );
});

const Markers = pure(function Markers({ markers }: { markers: PageState['markers'] }) {
  return (
    <div class="group">
      {markers.map((m) => (
        <div
          key={m.key}
          class={`marker ${m.severity}`}
          data-role="marker"
          data-path={m.path}
          data-code={m.code}
          style={at(m.box)}
        >
          <span class="reason">{m.message}</span>
        </div>
      ))}
    </div>
  );
});

/** The panel's list of issues, on its own subscription: a keystroke re-renders the list, not the whole panel. */
function PanelIssues({ store }: { store: Store<PageState> }) {
  return <IssueList issues={useStore(store).issues} />;
}

const IssueList = pure(function IssueList({ issues }: { issues: PageState['issues'] }) {
  if (issues.length === 0) return null;
  return (
    <ol class="issues">
      {issues.map((issue) => (
        <li key={issue.key} class={issue.severity} data-path={issue.path} data-code={issue.code}>
          <button type="button" onClick={issue.reveal}>
            {issue.message}
          </button>
        </li>
      ))}
    </ol>
  );
});

function statusLine(state: PageState, errors: number): string {
  if (state.mode === 'canvas') return t('overlayCanvas', state.canvasEditor ?? '');
  if (state.mode === 'none') return t('overlayNothing');
  const mode = messagesFor(uiLocale()).countModes[state.countMode];
  const found = state.mode === 'form' ? t('overlayFields', String(state.fieldsFound)) : t('overlayDocument');
  const verdict =
    state.issues.length === 0 ? t('overlayReady') : t('overlayIssues', String(state.issues.length), String(errors));
  return `${found} · ${mode} · ${verdict}`;
}

function at(box: Box) {
  return { top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` };
}

/** A counter sits under the bottom-right corner of its field. */
function below(box: Box) {
  return { top: `${box.top + box.height + 2}px`, left: `${box.left + box.width}px` };
}
