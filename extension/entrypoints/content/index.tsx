import type { TemplateInput } from '@declcheck/schema';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isAlwaysOn, watchAlwaysOn } from '../../utils/always-on-sites';
import type { ContentMessage } from '../../utils/messages';
import { type CountModeSetting, countModeSetting, readCountMode } from '../../utils/settings';
import { excludeFromDrafts, profileFor, saveMapping, watchProfiles } from '../../utils/site-profiles';
import {
  chooseSiteTemplate,
  pickTemplate,
  siteTemplate,
  templateList,
  templateName,
  watchSiteTemplate,
  watchTemplates,
} from '../../utils/templates';
import { uiLocale } from '../../utils/ui-locale';
import { readAlwaysOnRequest } from './always-on-request';
import { PageChecker } from './check-page';
import { setHighlights } from './document/highlights';
import { createDraftKeeper, type RestoreOffer, type StorageNotice } from './drafts/draft-keeper';
import { controlSelector, matchesSafely } from './form/control-selector';
import { pickControl } from './form/pick-control';
import { choiceStateHolders } from './form/read-values';
import { mappablePaths } from './mappable-paths';
import { EMPTY_STATE, keepUnchanged, type PageState } from './page-state';
import { type Scheduler, scheduleChecks } from './schedule-checks';
import { ScriptLifetime } from './script-lifetime';
import { readSelectionRequest, selectedElement } from './selection-request';
import type { MappingTools } from './ui/field-mapper';
import { guardHost } from './ui/guard-host';
import overlayCss from './ui/overlay.css?inline';
import { OverlayApp } from './ui/overlay-app';
import { createStore } from './ui/store';
import type { TemplateChoice } from './ui/template-line';

/**
 * How the running copy is stopped, kept in this extension's isolated world, which a second injection into the same
 * page shares (a second click, 检查选中内容 after 检查本页申报书): the newer copy takes over. No page script can reach
 * it, unlike the DOM event WXT's own handshake uses (see script-lifetime.ts).
 */
const RUNNING = Symbol.for('declcheck.content');

export default defineContentScript({
  // Not in the manifest: the background injects it after a toolbar click (activeTab) or on a chosen site.
  registration: 'runtime',
  // The styles go inline into the shadow root: no web-accessible resource for pages to probe.
  cssInjectionMode: 'manual',
  // WXT's start-up broadcast to the window would tell every page script our extension's id.
  noScriptStartedPostMessage: true,
  async main(wxt) {
    if (window.top !== window) return;
    // On an always-on site this copy came with the page load. A permission has no port, so it also comes to the
    // host's other ports: only the origin the user chose is checked.
    const cameWithPageLoad = readAlwaysOnRequest();
    const chosen = await isAlwaysOn(location.origin);
    if (cameWithPageLoad && !chosen) return;
    const ctx = new ScriptLifetime(wxt);
    const scope = globalThis as { [RUNNING]?: () => void };
    scope[RUNNING]?.();
    const stop = () => ctx.stop();
    scope[RUNNING] = stop;
    ctx.onInvalidated(() => {
      if (scope[RUNNING] === stop) delete scope[RUNNING];
    });

    const locale = uiLocale();
    // The form the page is of: the one set for the site, else the one its text shows most of (see pickTemplate).
    let templates = await templateList();
    let siteChoice = await siteTemplate(location.origin);
    let template = pickTemplate(templates, () => pageText([document]), { chosen: siteChoice });
    const choiceOf = (): TemplateChoice => ({
      current: { id: template.id, name: templateName(template, locale) },
      options: templates.map((t) => ({ id: t.id, name: templateName(t, locale) })),
      chosen: siteChoice,
    });
    const templateStore = createStore(choiceOf());
    // A copy that came with the page load stays out of sight (no panel, no badge) until the page shows a form or an
    // editor of the template. After a click it shows at once, whatever it finds.
    const alwaysOnStore = createStore(chosen);
    ctx.onInvalidated(watchAlwaysOn(location.origin, (on) => alwaysOnStore.set(on)));
    const store = createStore<PageState>(EMPTY_STATE);
    const restoreStore = createStore<RestoreOffer | undefined>(undefined);
    const storageStore = createStore<StorageNotice | undefined>(undefined);
    const profile = await profileFor(location.origin);
    let manual = profile?.mappings ?? [];
    let excluded = profile?.excluded ?? [];
    let checker: PageChecker | undefined;
    let scheduler: Scheduler | undefined;
    const tools: MappingTools = {
      paths: mappablePaths(template, locale),
      async pick() {
        const element = await pickControl(checker?.documents ?? [document], ctx.signal);
        return element ? { selector: controlSelector(element) } : undefined;
      },
      async save(selector, path) {
        manual = (await saveMapping(location.origin, template.id, { selector, path })).mappings;
        scheduler?.rescan();
      },
      async exclude(selector) {
        excluded = (await excludeFromDrafts(location.origin, template.id, selector)).excluded ?? excluded;
      },
    };
    // A profile imported on the options page, or a mapping saved in another tab of the site, applies here at once.
    ctx.onInvalidated(
      watchProfiles((profiles) => {
        const mine = profiles.find((p) => p.origin === location.origin);
        const next = { manual: mine?.mappings ?? [], excluded: mine?.excluded ?? [] };
        // Another site's change, or the mapping saved here a moment ago (save() rescanned already): nothing to do.
        if (JSON.stringify(next) === JSON.stringify({ manual, excluded })) return;
        ({ manual, excluded } = next);
        scheduler?.rescan();
      }),
    );
    const ui = await createShadowRootUi(ctx.asWxtContext(), {
      name: 'declcheck-overlay',
      // Closed: no page script reaches what the overlay shows, to read it or to forge it (WXT's `:host` reset,
      // `all: initial !important`, also outweighs any page rule on the host itself).
      mode: 'closed',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: overlayCss,
      isolateEvents: true,
      onMount(container) {
        render(
          <OverlayApp
            store={store}
            restore={restoreStore}
            storage={storageStore}
            template={templateStore}
            chooseTemplate={(id) => void chooseSiteTemplate(location.origin, id)}
            tools={tools}
            alwaysOn={alwaysOnStore}
          />,
          container,
        );
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    // What the checker did last (its form, its cost, why it ran), for the tests and benchmarks and anyone who
    // wonders: on the overlay's own element inside the closed root, where no page script reads it.
    const probe = ui.uiContainer.dataset;
    let shown = false;
    const show = () => {
      if (shown) return;
      shown = true;
      ui.mount();
      probe.template = template.id;
      ctx.onInvalidated(guardHost(ui.shadowHost));
    };
    if (!cameWithPageLoad) show();

    // 检查选中内容: the context menu asks for the selection; the element around it is what gets read.
    const selectionRoot = readSelectionRequest() ? selectedElement() : undefined;
    checker = new PageChecker({
      template,
      locale,
      mirrorHost: ui.shadow,
      readOnlyRoot: () => selectionRoot,
    });
    const page = checker;
    const windows = new Set<Window>([window]);
    let lastStatus = '';
    let everScanned = false;
    let scanMs = 0;
    let sliceMs = 0;
    scheduler = scheduleChecks(
      ctx,
      {
        begin() {
          scanMs = 0;
          sliceMs = 0;
          page.beginScan(manual);
        },
        continue(deadline) {
          const started = performance.now();
          const done = page.continueScan(deadline);
          const took = performance.now() - started;
          scanMs += took;
          sliceMs = Math.max(sliceMs, took);
          // The scan's own time, all its slices together, and its longest slice, for the benchmark (as checkMs is
          // for a check): what the page's long tasks are made of, without the browser's own work among them.
          if (done) {
            probe.scanMs = scanMs.toFixed(1);
            probe.sliceMs = sliceMs.toFixed(1);
          }
          // A first scan spread over many tasks: the panel says it is looking, rather than that nothing is there.
          if (!done && !everScanned && !store.get().scanning) store.set({ ...store.get(), scanning: true });
          everScanned ||= done;
          return done;
        },
        readAhead: (deadline) => page.continueReadAhead(deadline),
      },
      ({ scan: rescan, cause }) => {
        const started = performance.now();
        if (rescan) {
          for (const doc of page.documents) {
            scheduler?.watch(doc);
            if (doc.defaultView) windows.add(doc.defaultView);
          }
          scheduler?.watchStates(choiceStateHolders(page.formFields));
        }
        // A page that turned out to be of another form (a single-page portal drew it after we started): scanned again
        // for that form's fields before anything is checked or kept.
        if (rescan && !siteChoice && templates.length > 1) {
          const next = pickTemplate(templates, () => pageText(page.documents), { current: template.id });
          if (next !== template) {
            useTemplate(next);
            return true;
          }
        }
        // Shown before the check that finds the fields, which measures boxes in our shadow root.
        if (page.formFields.length > 0) show();
        // A keystroke's check may only count; the check when typing pauses, or after a rescan, validates.
        const { state, editorsRead, settled, highlights, editorTexts } = page.check({
          quick: cause === 'change' && !rescan,
        });
        if (!shown && editorTexts.some((editor) => editor.recognised)) {
          show();
          scheduler?.recheck();
        }
        if (!shown) return settled;
        store.set(keepUnchanged(store.get(), state));
        setHighlights(highlights, windows);
        const errors = state.issues.filter((i) => i.severity === 'error').length;
        drafts.observe(page.formFields, errors, editorTexts);
        const warnings = state.issues.length - errors;
        const codes = [...new Set(state.issues.map((i) => i.code))];
        // Our own cost per check, for the benchmark. Preact renders the new state in a microtask queued by
        // store.set; this one runs after it, so it counts too.
        queueMicrotask(() => {
          probe.checkMs = (performance.now() - started).toFixed(3);
          probe.editorsRead = editorsRead;
          probe.fields = String(page.formFields.length);
          probe.checkCause = cause;
          probe.settled = String(settled);
          probe.checks = String(Number(probe.checks ?? 0) + 1);
        });
        const status = `${errors}/${warnings}/${codes.join()}`;
        if (status !== lastStatus) {
          lastStatus = status;
          const message: ContentMessage = { type: 'declcheck:page-status', errors, warnings, codes };
          // A message that fails may be an orphaned copy's (the extension updated or reloaded): asking ends it.
          // Asked here, not in every check: asking calls into the extension system.
          browser.runtime.sendMessage(message).catch(() => ctx.isInvalid);
        }
        return settled;
      },
      (node) => page.editorChanged(node),
    );
    const applyCountMode = (setting: CountModeSetting) =>
      page.setCountMode(setting === 'template' ? undefined : setting);
    applyCountMode(await readCountMode());
    const unwatch = countModeSetting.watch((setting) => {
      applyCountMode(setting ?? 'template');
      scheduler?.recheck();
    });
    ctx.onInvalidated(unwatch);
    const drafts = createDraftKeeper(
      ctx,
      { id: template.id, title: template.title[locale] },
      restoreStore,
      (element) => excluded.some((selector) => matchesSafely(element, selector)),
      storageStore,
    );
    /** Checks the page against `next` from the next scan on: its fields, its counters, its draft. */
    function useTemplate(next: TemplateInput): void {
      if (next !== template) {
        template = next;
        tools.paths = mappablePaths(template, locale);
        page.setTemplate(template);
        drafts.useTemplate({ id: template.id, title: template.title[locale] });
        probe.template = template.id;
        scheduler?.rescan();
      }
      templateStore.set(choiceOf());
    }
    // A form imported or removed on the options page, or the site's form set in another of its tabs, applies here.
    ctx.onInvalidated(
      watchTemplates(async () => {
        templates = await templateList();
        useTemplate(
          pickTemplate(templates, () => pageText(page.documents), { chosen: siteChoice, current: template.id }),
        );
      }),
    );
    ctx.onInvalidated(
      watchSiteTemplate(location.origin, (id) => {
        siteChoice = id;
        useTemplate(
          pickTemplate(templates, () => pageText(page.documents), { chosen: siteChoice, current: template.id }),
        );
      }),
    );
    scheduler.watch(document);
    scheduler.rescan();
    ctx.onInvalidated(() => setHighlights([], windows));
  },
});

/** What the page and its same-origin frames say, for telling which form it is (no layout: textContent). */
function pageText(documents: readonly Document[]): string {
  return documents.map((doc) => doc.body?.textContent ?? '').join('\n');
}
