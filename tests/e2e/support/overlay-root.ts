import type { CDPSession, Page } from 'playwright-core';
import type { OverlayFunction } from './overlay-query';

/**
 * The test-only way into our overlay's closed shadow root, in Chromium: DevTools' DOM domain sees closed roots, so
 * the root is resolved to an object of the page's main world and handed to `fn` as its argument. No page script
 * holds that object or can ask for it; `fn` runs where a page script would, so its events are as untrusted.
 */
export async function inOverlayRoot<R, A>(page: Page, fn: OverlayFunction<R, A>, arg?: A): Promise<R> {
  const cdp = await sessionOf(page);
  const objectGroup = `declcheck-test-${++calls}`;
  try {
    const call = `function (arg) { return (${fn.toString()})(this === globalThis ? null : this, JSON.parse(arg)); }`;
    const target = (await rootObject(cdp, objectGroup)) ?? (await globalObject(cdp, objectGroup));
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: target,
      functionDeclaration: call,
      arguments: [{ value: JSON.stringify(arg ?? null) }],
      returnByValue: true,
      awaitPromise: true,
      objectGroup,
    });
    if (exceptionDetails)
      throw new Error(`in the overlay: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

let calls = 0;
const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
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
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, objectGroup });
  return object.objectId;
}

async function globalObject(cdp: CDPSession, objectGroup: string): Promise<string> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'globalThis', objectGroup });
  if (!result.objectId) throw new Error('the page has no global object to call in');
  return result.objectId;
}
