import { miitIip2020 } from '@declcheck/schema';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../../utils/messages';
import { uiLocale } from '../../utils/ui-locale';
import { PageChecker } from './check-page';
import { setHighlights } from './document/highlights';
import { EMPTY_STATE, type PageState } from './page-state';
import { scheduleChecks } from './schedule-checks';
import overlayCss from './ui/overlay.css?inline';
import { OverlayApp } from './ui/overlay-app';
import { createStore } from './ui/store';

/** Set in this extension's isolated world, which a second injection into the same page shares. */
const RUNNING = Symbol.for('declcheck.content');

export default defineContentScript({
  // Not in the manifest: the background injects it after a toolbar click (activeTab) or on a chosen site.
  registration: 'runtime',
  // The styles go inline into the shadow root: no web-accessible resource for pages to probe.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const scope = globalThis as { [RUNNING]?: boolean };
    if (scope[RUNNING] || window.top !== window) return;
    scope[RUNNING] = true;
    ctx.onInvalidated(() => {
      scope[RUNNING] = false;
    });

    const template = miitIip2020;
    const store = createStore<PageState>(EMPTY_STATE);
    const ui = await createShadowRootUi(ctx, {
      name: 'declcheck-overlay',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: overlayCss,
      isolateEvents: true,
      onMount(container) {
        render(<OverlayApp store={store} title={template.title[uiLocale()]} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    ui.shadowHost.dataset.template = template.id;

    const checker = new PageChecker({ template, locale: uiLocale(), mirrorHost: ui.shadow });
    const windows = new Set<Window>([window]);
    let lastStatus = '';
    const scheduler = scheduleChecks(
      ctx,
      (rescan) => {
        const started = performance.now();
        if (rescan) {
          checker.scan();
          for (const doc of checker.documents) {
            scheduler.watch(doc);
            if (doc.defaultView) windows.add(doc.defaultView);
          }
        }
        const { state, highlights } = checker.check();
        store.set(state);
        setHighlights(highlights, windows);
        const errors = state.issues.filter((i) => i.severity === 'error').length;
        const warnings = state.issues.length - errors;
        const codes = [...new Set(state.issues.map((i) => i.code))];
        // Our own cost per check, on our own element, for the benchmark and for anyone who wonders.
        ui.shadowHost.dataset.checkMs = (performance.now() - started).toFixed(3);
        ui.shadowHost.dataset.checks = String(Number(ui.shadowHost.dataset.checks ?? 0) + 1);
        const status = `${errors}/${warnings}/${codes.join()}`;
        if (status !== lastStatus) {
          lastStatus = status;
          const message: ContentMessage = { type: 'declcheck:page-status', errors, warnings, codes };
          browser.runtime.sendMessage(message).catch(() => undefined);
        }
      },
      (node) => checker.editorRoots.some((root) => root.contains(node)),
    );
    scheduler.watch(document);
    scheduler.rescan();
    ctx.onInvalidated(() => setHighlights([], windows));
  },
});
