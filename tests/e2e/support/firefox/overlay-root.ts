import type { Browser, Page } from 'puppeteer-core';
import type { OverlayFunction } from '../overlay-query';

type RemoteValue = { type: string; sharedId?: string; value?: unknown };
type EvaluateResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };

/**
 * The test-only way into our overlay's closed shadow root, in Firefox: WebDriver BiDi serialises a node with its
 * closed shadow root when asked (`includeShadowTree: 'all'`), and that root is passed by reference to `fn`, run in
 * the page's main world. No page script holds it or can ask for it; `fn`'s events are a page script's, untrusted.
 */
export async function inOverlayRoot<R, A>(
  browser: Browser,
  page: Page,
  fn: OverlayFunction<R, A>,
  arg?: A,
): Promise<R> {
  const send = (method: string, params: object) =>
    (
      browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: EvaluateResult }> } }
    ).connection
      .send(method, params)
      .then(({ result }) => {
        if (result.type === 'exception') throw new Error(`in the overlay: ${result.exceptionDetails.text}`);
        return result.result;
      });
  const target = { context: (page.mainFrame() as unknown as { _id: string })._id };
  const host = await send('script.evaluate', {
    expression: `document.querySelector('declcheck-overlay')`,
    target,
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
  const root = shadow?.sharedId ? { sharedId: shadow.sharedId } : { type: 'null' };
  const result = await send('script.callFunction', {
    functionDeclaration: `async (root, arg) => JSON.stringify((await (${fn.toString()})(root, JSON.parse(arg))) ?? null)`,
    arguments: [root, { type: 'string', value: JSON.stringify(arg ?? null) }],
    target,
    awaitPromise: true,
  });
  return JSON.parse(result.value as string) as R;
}
