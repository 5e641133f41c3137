import { miitIip2020 } from '@declcheck/schema';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../../utils/messages';
import { Overlay } from './overlay';
import overlayCss from './overlay.css?inline';

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

    const ui = await createShadowRootUi(ctx, {
      name: 'declcheck-overlay',
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      zIndex: 2147483647,
      css: overlayCss,
      onMount(container) {
        render(<Overlay template={miitIip2020} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    ui.shadowHost.dataset.template = miitIip2020.id;

    const status: ContentMessage = { type: 'declcheck:page-status', errors: 0, warnings: 0, codes: [] };
    await browser.runtime.sendMessage(status).catch(() => undefined);
  },
});
