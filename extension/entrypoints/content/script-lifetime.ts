import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How long this copy of the content script lives: what its listeners, timers and overlay are tied to. WXT's own
 * context also ends on an event any page script can dispatch (WXT tells an older copy of a script to stop with a
 * DOM event named after the extension's public id). That must neither take the overlay away nor stop draft saving,
 * so this lifetime ends only once the extension has really left the page (reloaded, updated or removed: the
 * copy's `runtime.id` is then gone), whatever ended WXT's.
 */
export class ScriptLifetime {
  private readonly controller = new AbortController();
  /** What WXT's shadow-root UI reads of a context. */
  readonly options = { cssInjectionMode: 'manual' } as const;

  constructor(wxt: ContentScriptContext) {
    wxt.onInvalidated(() => {
      if (!this.extensionPresent()) this.stop();
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once ended; asking also ends it when the extension has gone (nothing else tells an orphaned copy). */
  get isInvalid(): boolean {
    if (!this.signal.aborted && !this.extensionPresent()) this.stop();
    return this.signal.aborted;
  }

  onInvalidated(listener: () => void): () => void {
    this.signal.addEventListener('abort', listener);
    return () => this.signal.removeEventListener('abort', listener);
  }

  stop(): void {
    if (!this.signal.aborted) this.controller.abort();
  }

  /** For WXT's createShadowRootUi, which takes a context and only asks it the above. */
  asWxtContext(): ContentScriptContext {
    return this as unknown as ContentScriptContext;
  }

  private extensionPresent(): boolean {
    try {
      return browser.runtime?.id != null;
    } catch {
      return false;
    }
  }
}
