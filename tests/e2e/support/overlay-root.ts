import type { CDPSession, Page } from 'playwright-core';
import type { OverlayFunction } from './overlay-query';

/**
 * The test-only way into our overlay's closed shadow root, in Chromium: DevTools' DOM domain sees closed roots, so
 * the root is resolved to an object of the page's main world and handed to `fn` as its argument. No page script
 * holds that object or can ask for it; `fn` runs where a page script would, so its events are as untrusted.
 *
 * The root is found once per page and kept while its host stays in the document: finding it takes four round
 * trips, and each runs on the page's main thread, inside the very slices a bench times (see the bench's scan rows).
 */
export async function inOverlayRoot<R, A>(page: Page, fn: OverlayFunction<R, A>, arg?: A): Promise<R> {
  const cdp = await sessionOf(page);
  const transient = `declcheck-test-${++calls}`;
  const call = `function (arg) {
    if (this !== globalThis && !this.host.isConnected) return { done: false };
    return Promise.resolve((${fn.toString()})(this === globalThis ? null : this, JSON.parse(arg)))
      .then((value) => ({ done: true, value }));
  }`;
  try {
    for (;;) {
      const answer = await cdp
        .send('Runtime.callFunctionOn', {
          objectId: await targetOf(page, cdp, transient),
          functionDeclaration: call,
          arguments: [{ value: JSON.stringify(arg ?? null) }],
          returnByValue: true,
          awaitPromise: true,
          objectGroup: transient,
        })
        .catch((error: Error) => {
          // A navigation took the kept root's world away: the new page's is found.
          if (/Could not find object|Cannot find context/.test(error.message)) return undefined;
          throw error;
        });
      if (answer?.exceptionDetails)
        throw new Error(
          `in the overlay: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`,
        );
      const result = answer?.result.value as { done: false } | { done: true; value: R } | undefined;
      if (result?.done) return result.value;
      roots.delete(page); // its host left the document: the overlay there now is another
    }
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: transient }).catch(() => undefined);
  }
}

/** The kept roots' group; what a call makes is in one of its own, released after it. */
const KEPT = 'declcheck-test-root';
let calls = 0;

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const roots = new WeakMap<Page, string>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** The kept root, else the root found now (kept), else the page's global object: there is no overlay yet. */
async function targetOf(page: Page, cdp: CDPSession, objectGroup: string): Promise<string> {
  const kept = roots.get(page);
  if (kept) return kept;
  const root = await rootObject(cdp, objectGroup);
  if (root) {
    roots.set(page, root);
    return root;
  }
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'globalThis', objectGroup });
  if (!result.objectId) throw new Error('the page has no global object to call in');
  return result.objectId;
}

/** The overlay host's shadow root (closed or open) as an object of the main world, or undefined without a host. */
async function rootObject(cdp: CDPSession, objectGroup: string): Promise<string | undefined> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector('declcheck-overlay')`,
    objectGroup,
  });
  if (!result.objectId) return undefined;
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
  const root = node.shadowRoots?.[0];
  if (!root) return undefined;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, objectGroup: KEPT });
  return object.objectId;
}
