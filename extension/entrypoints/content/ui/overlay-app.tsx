import { messagesFor } from '@declcheck/schema';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../../utils/i18n';
import { uiLocale } from '../../../utils/ui-locale';
import type { RestoreOffer, StorageNotice } from '../drafts/draft-keeper';
import {
  type Box,
  type Counter,
  type CounterReading,
  type IssueMarker,
  type OverflowArea,
  type PageState,
  type PanelIssue,
  unionBox,
} from '../page-state';
import { AlwaysOnLine } from './always-on-line';
import { FieldMapper, type MappingTools } from './field-mapper';
import { OpenPage } from './open-page';
import { usePanelCorner } from './panel-corner';
import { panelOrder } from './panel-order';
import { pure } from './pure';
import { RestorePrompt } from './restore-prompt';
import { StorageLine } from './storage-line';
import type { Store } from './store';
import { type TemplateChoice, TemplateLine } from './template-line';
import { trusted } from './trusted';
import { usePanelPlace } from './use-panel-place';
import { useSlice } from './use-store';

/**
 * Everything the user sees on the page: counters beside limited fields, outlines with reasons over wrong fields and
 * groups, red over overflowing text in textareas (and in an editor while someone types in it), and a panel listing
 * every issue. Rendered in our shadow root; every marker and panel item carries data-path and data-code for tests and
 * users' tools.
 */
export function OverlayApp({
  store,
  restore,
  storage,
  template,
  chooseTemplate,
  tools,
  alwaysOn,
}: {
  store: Store<PageState>;
  restore: Store<RestoreOffer | undefined>;
  storage: Store<StorageNotice | undefined>;
  template: Store<TemplateChoice>;
  /** Sets the site's form (undefined: pick by the page). */
  chooseTemplate: (id: string | undefined) => void;
  tools: MappingTools;
  /** Whether the user chose to have the checker on at every page load of this site. */
  alwaysOn: Store<boolean>;
}) {
  // Each part subscribes to its own slice of the state and renders again only when that slice changed; within a
  // list, each item only when it changed (see keepUnchanged and pure). A keystroke changes a counter's reading
  // only, which is written into the counter without rendering (see CounterItem).
  return (
    <div class="layer">
      <Counters store={store} />
      <Overflows store={store} />
      <Markers store={store} />
      <Panel
        template={template}
        chooseTemplate={chooseTemplate}
        restore={restore}
        storage={storage}
        tools={tools}
        store={store}
        alwaysOn={alwaysOn}
      />
    </div>
  );
}

/**
 * Pressing one of the panel's buttons leaves the focus in the page, where the user was typing: Firefox scrolls a
 * button that takes the focus into view, so a partly hidden one moved from under the pointer and the click was
 * lost. The click itself still comes; the panel's boxes and lists take the focus as usual.
 */
function keepFocusInPage(event: MouseEvent): void {
  if ((event.target as Element | null)?.closest?.('button')) event.preventDefault();
}

const errorCount = (state: PageState) => state.issues.filter((i) => i.severity === 'error').length;
const statusOf = (state: PageState) => statusLine(state, errorCount(state));
const modeOf = (state: PageState) => state.mode;
const stoppedAtOf = (state: PageState) => state.scanStoppedAt;
const editorsTooLargeOf = (state: PageState) => state.editorsTooLarge;

function Panel({
  template,
  chooseTemplate,
  restore,
  storage,
  tools,
  store,
  alwaysOn,
}: {
  template: Store<TemplateChoice>;
  chooseTemplate: (id: string | undefined) => void;
  restore: Store<RestoreOffer | undefined>;
  storage: Store<StorageNotice | undefined>;
  tools: MappingTools;
  store: Store<PageState>;
  alwaysOn: Store<boolean>;
}) {
  const [open, setOpen] = useState(true);
  const element = useRef<HTMLElement>(null);
  const { place, startDrag } = usePanelPlace(element);
  const corner = usePanelCorner(element, place);
  const mode = useSlice(store, modeOf);
  const status = useSlice(store, statusOf);
  const errors = useSlice(store, errorCount);
  const stoppedAt = useSlice(store, stoppedAtOf);
  const editorsTooLarge = useSlice(store, editorsTooLargeOf);
  if (!open) {
    return (
      <button
        type="button"
        class="reopen"
        data-role="reopen"
        onClick={trusted(() => setOpen(true))}
        title={t('overlayTitle')}
      >
        {errors > 0 ? errors : '✓'}
      </button>
    );
  }
  return (
    <section
      ref={element}
      onMouseDown={keepFocusInPage}
      class={`panel ${corner}`}
      style={corner === 'placed' && place ? { right: `${place.right}px`, bottom: `${place.bottom}px` } : undefined}
      data-role="panel"
      data-mode={mode}
      data-corner={corner}
      aria-label={t('overlayTitle')}
    >
      <header onPointerDown={trusted(startDrag)} title={t('overlayMove')}>
        <strong>{t('overlayTitle')}</strong>
        <button type="button" class="close" onClick={trusted(() => setOpen(false))} aria-label={t('overlayClose')}>
          ×
        </button>
      </header>
      <TemplateLine choice={template} choose={chooseTemplate} />
      <p class="status" data-role="status">
        {status}
      </p>
      {stoppedAt !== undefined && (
        <p class="note" data-role="scan-stopped">
          {t('overlayScanStopped', stoppedAt.toLocaleString(uiLocale()))}
        </p>
      )}
      {editorsTooLarge !== undefined && (
        <p class="note" data-role="editor-too-large">
          {t('overlayEditorTooLarge')}
        </p>
      )}
      {(mode === 'canvas' || editorsTooLarge !== undefined) && (
        <OpenPage page="checker" label={t('overlayOpenChecker')} />
      )}
      <RestorePrompt offers={restore} />
      <StorageLine notices={storage} />
      <OpenPage page="drafts" label={t('openDrafts')} />
      <AlwaysOnLine on={alwaysOn} />
      <FieldMapper tools={tools} />
      <PanelIssues store={store} />
    </section>
  );
}

const countersOf = (state: PageState) => state.counters;
const markersOf = (state: PageState) => state.markers;
const issuesOf = (state: PageState) => state.issues;

function Counters({ store }: { store: Store<PageState> }) {
  return (
    <div class="group">
      {useSlice(store, countersOf).map((c) => (
        <CounterItem key={`c:${c.path}`} counter={c} store={store} />
      ))}
    </div>
  );
}

/**
 * A counter where it stands, rendered when it moves. Its reading changes on every keystroke: the counter listens
 * for it itself and writes it into its element, as a signal bound to text would, so a keystroke renders nothing
 * (rendering the counters was a third of a keystroke's check). Preact never sees the text or the level class, so
 * no later render can put back an older one.
 */
const CounterItem = pure(function CounterItem({ counter, store }: { counter: Counter; store: Store<PageState> }) {
  const element = useRef<HTMLDivElement>(null);
  const { path } = counter;
  useLayoutEffect(() => {
    let shown: CounterReading | undefined;
    const show = (state: PageState) => {
      const reading = state.readings.get(path);
      const div = element.current;
      if (!div || !reading || reading === shown) return;
      // The text node's data, and the class only when the level changed: each write costs the page a style
      // invalidation.
      const text = div.firstChild;
      if (text?.nodeType === Node.TEXT_NODE) (text as Text).data = reading.text;
      else div.textContent = reading.text;
      if (reading.level !== shown?.level) div.className = `counter ${reading.level}`;
      shown = reading;
    };
    show(store.get());
    return store.subscribe(show);
  }, [store, path]);
  return (
    <div ref={element} data-role="counter" data-path={path} hidden={counter.hidden} style={counterPlace(counter)} />
  );
});

/**
 * Overflow drawn over the page, one element per overflow: the box around its lines, cut to them by a clip path.
 * Stand-ins for an editor's highlight are drawn hidden by the check after an edit, and the keystroke that starts the
 * next burst only unhides one: making and styling it in that keystroke's check took 0.3–0.4 ms of it (and rendering
 * it through Preact 0.3–0.5 ms, an element per line 0.3–0.7 ms: code that runs once per burst is never hot). The
 * elements are written directly, each only when its data changed (keepUnchanged keeps an unchanged one the same
 * object), as counters' readings are.
 */
function Overflows({ store }: { store: Store<PageState> }) {
  const group = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    let drawn = new Map<OverflowArea, HTMLElement>();
    let last: PageState | undefined;
    const show = (state: PageState) => {
      const { overflows, standIns } = state;
      const root = group.current;
      if (!root || (overflows === last?.overflows && standIns === last.standIns)) return;
      last = state;
      const next = new Map<OverflowArea, HTMLElement>();
      const spare = [...drawn].filter(([o]) => !overflows.includes(o) && !standIns.includes(o)).map(([, e]) => e);
      for (const [overflow, hidden] of [
        ...overflows.map((o) => [o, false] as const),
        ...standIns.map((o) => [o, true] as const),
      ]) {
        let element = drawn.get(overflow);
        if (!element) {
          element = spare.pop() ?? root.appendChild(overflowElement(root.ownerDocument));
          element.dataset.path = overflow.path;
          element.style.cssText = areaOf(overflow.lines);
        }
        if (element.hidden !== hidden) element.hidden = hidden;
        next.set(overflow, element);
      }
      for (const element of spare) element.remove();
      drawn = next;
    };
    show(store.get());
    return store.subscribe(show);
  }, [store]);
  return <div class="group" ref={group} />;
}

function overflowElement(doc: Document): HTMLElement {
  const element = doc.createElement('div');
  element.className = 'overflow';
  element.dataset.role = 'overflow';
  return element;
}

function Markers({ store }: { store: Store<PageState> }) {
  return (
    <div class="group">
      {useSlice(store, markersOf).map((m) => (
        <MarkerItem key={m.key} marker={m} />
      ))}
    </div>
  );
}

const MarkerItem = pure(function MarkerItem({ marker }: { marker: IssueMarker }) {
  return (
    <div
      class={`marker ${marker.severity}${marker.reasonAt && marker.reasonAt !== 'above' ? ` reason-${marker.reasonAt}` : ''}`}
      data-role="marker"
      data-path={marker.path}
      data-code={marker.code}
      style={at(marker.box)}
    >
      <span class="reason">{marker.message}</span>
    </div>
  );
});

/**
 * The panel's list of issues, on its own subscription (a keystroke re-renders the list, not the whole panel): what
 * the user can act on now first (see panelOrder), then the fields not yet filled in, folded into one line that
 * opens them — on a half-filled form they are most of the list, and not mistakes yet. Folded ones stay, hidden.
 */
function PanelIssues({ store }: { store: Store<PageState> }) {
  const issues = useSlice(store, issuesOf);
  const [unfilledOpen, setUnfilledOpen] = useState(false);
  const { actionable, unfilled } = useMemo(() => panelOrder(issues), [issues]);
  if (issues.length === 0) return null;
  return (
    <>
      {actionable.length > 0 && (
        <ol class="issues">
          {actionable.map((issue) => (
            <IssueItem key={issue.key} issue={issue} />
          ))}
        </ol>
      )}
      {unfilled.length > 0 && (
        <div class="unfilled">
          <button
            type="button"
            class="link"
            data-action="toggle-unfilled"
            aria-expanded={unfilledOpen}
            onClick={trusted(() => setUnfilledOpen(!unfilledOpen))}
          >
            {unfilledOpen ? t('overlayUnfilledHide') : t('overlayUnfilled', String(unfilled.length))}
          </button>
          <ol class="issues" data-role="unfilled" hidden={!unfilledOpen}>
            {unfilled.map((issue) => (
              <IssueItem key={issue.key} issue={issue} />
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

const IssueItem = pure(function IssueItem({ issue }: { issue: PanelIssue }) {
  return (
    <li class={issue.severity} data-path={issue.path} data-code={issue.code}>
      <button type="button" onClick={trusted(issue.reveal)}>
        {issue.message}
      </button>
    </li>
  );
});

function statusLine(state: PageState, errors: number): string {
  if (state.scanning) return t('overlayScanning');
  if (state.mode === 'canvas') return t('overlayCanvas', state.canvasEditor ?? '');
  if (state.mode === 'none' && state.pageTooLarge !== undefined) {
    return t('overlayPageTooLarge', state.pageTooLarge.toLocaleString(uiLocale()));
  }
  if (state.mode === 'none') return t('overlayNothing');
  const mode = messagesFor(uiLocale()).countModes[state.countMode];
  const found =
    state.mode === 'form'
      ? t('overlayFields', String(state.fieldsFound))
      : state.documentSource === 'page'
        ? t('overlayReadOnlyPage')
        : state.documentSource === 'selection'
          ? t('overlaySelection')
          : t('overlayDocument');
  const verdict =
    state.issues.length === 0 ? t('overlayReady') : t('overlayIssues', String(state.issues.length), String(errors));
  return `${found} · ${mode} · ${verdict}`;
}

function at(box: Box) {
  return { top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` };
}

/** Styles for the box around `lines`, clipped to them (a path's coordinates start at the box's corner). */
function areaOf(lines: readonly Box[]): string {
  const box = unionBox(lines) ?? { top: 0, left: 0, width: 0, height: 0 };
  const path = lines
    .map((l) => `M${l.left - box.left} ${l.top - box.top}h${l.width}v${l.height}h${-l.width}z`)
    .join('');
  return `top:${box.top}px;left:${box.left}px;width:${box.width}px;height:${box.height}px;clip-path:path('${path}')`;
}

/** A counter sits under the bottom-right corner of its field, or at the right end of its line (see Counter). */
function counterPlace({ box, place }: Counter) {
  const top = place === 'line-end' ? box.top : box.top + box.height + 2;
  return { top: `${top}px`, left: `${box.left + box.width}px` };
}
