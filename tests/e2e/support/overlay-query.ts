/**
 * Finding, reading and clicking what our overlay shows, through a browser's test-only way into its closed shadow
 * root (`InOverlay`: `support/overlay-root.ts` in Chromium, `support/firefox/overlay-root.ts` in Firefox). The
 * calls mirror the Playwright locator calls the specs used while the root was open: an element call waits for its
 * element (one, or it fails as Playwright's strict locators do), a click is a real click at the element's centre.
 */

/**
 * Runs `fn(root, arg)` in the page's main world with the overlay's shadow root (null without an overlay); `fn` may
 * be given as its source text. `arg` and the result cross as JSON.
 */
export type InOverlay = <R, A>(fn: OverlayFunction<R, A>, arg?: A) => Promise<R>;
export type OverlayFunction<R, A> = ((root: ShadowRoot | null, arg: A) => R | Promise<R>) | string;

export type Box = { x: number; y: number; width: number; height: number };

/**
 * The element inside the overlay's root where the content script writes what it did last (`data-checks`,
 * `data-settled`, `data-check-ms`, `data-template`…): the root's own `<body>`. In page functions, spelled out.
 */
export const PROBE = 'body';

/** A selector into the overlay, narrowed step by step as a Playwright locator is. */
export interface OverlayPart {
  locator(selector: string): OverlayPart;
  first(): OverlayPart;
  count(): Promise<number>;
  textContent(): Promise<string | null>;
  getAttribute(name: string): Promise<string | null>;
  boundingBox(): Promise<Box | null>;
  /** `fn(elements, arg)` with every element the part finds (none waited for), in the page. */
  evaluateAll<R, A = undefined>(fn: (elements: HTMLElement[], arg: A) => R, arg?: A): Promise<R>;
  /** A user's click: waits until the element is drawn and nothing covers its centre, then clicks there. */
  click(): Promise<void>;
  /** Chooses a `<select>`'s option as Playwright's `selectOption` does (its input and change events, untrusted). */
  selectOption(value: string): Promise<void>;
}

type Step = { css: string } | { nth: number };
type Found<R> = { count: number; value?: R };

/** As long as Playwright waits for an element by default. */
const WAIT_MS = 30_000;

export function overlayPart(
  inOverlay: InOverlay,
  click: (x: number, y: number) => Promise<void>,
  steps: Step[] = [],
): OverlayPart {
  const all = <R, A>(fn: (elements: HTMLElement[], arg: A) => R, arg?: A) =>
    inOverlay<R, { steps: Step[]; arg: A | undefined }>(composed(fn), { steps, arg });
  /** `read(element)` of the one element, once there is one and `read` says it is ready (not undefined). */
  const one = async <R, A>(
    what: string,
    read: (element: HTMLElement, arg: A) => R | undefined | Promise<R | undefined>,
    arg?: A,
  ) => {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const found = await inOverlay<Found<R>, { steps: Step[]; arg: A | undefined }>(composed(composedOne(read)), {
        steps,
        arg,
      });
      if (found.count > 1)
        throw new Error(`${what}: ${describe(steps)} finds ${found.count} elements in the overlay, not one`);
      if (found.count === 1 && found.value !== undefined) return found.value;
      if (Date.now() > deadline) throw new Error(`${what}: timed out waiting for ${describe(steps)} in the overlay`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
  };
  /**
   * Where to click the one element: its centre once it stands still (the panel moves away from a box the page
   * focused: the same box two frames apart) and nothing covers it. Whether the click then reaches it is recorded
   * on the root (`clickHit`): a listener of the page's world, as a page script's would be, sees only trusted clicks.
   */
  const clickPoint = () =>
    one('click', async (element) => {
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const place = () => JSON.stringify(element.getBoundingClientRect());
      const before = place();
      // A frame, or a while where a tab in the background draws none.
      const frame = () =>
        Promise.race([new Promise((next) => requestAnimationFrame(next)), new Promise((next) => setTimeout(next, 50))]);
      await frame();
      await frame();
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || place() !== before) return undefined;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const root = element.getRootNode() as ShadowRoot & { clickHit?: boolean };
      const hit = root.elementFromPoint(x, y);
      if (!hit || !element.contains(hit)) return undefined;
      root.clickHit = false;
      root.addEventListener(
        'click',
        (event) => {
          root.clickHit = event.isTrusted && event.composedPath().includes(element);
        },
        { capture: true, once: true },
      );
      return { x, y };
    });
  return {
    locator: (selector) => overlayPart(inOverlay, click, [...steps, { css: selector }]),
    first: () => overlayPart(inOverlay, click, [...steps, { nth: 0 }]),
    count: () => all((elements) => elements.length),
    textContent: () => one('textContent', (element) => element.textContent),
    getAttribute: (name) => one('getAttribute', (element, attribute: string) => element.getAttribute(attribute), name),
    boundingBox: () =>
      one('boundingBox', (element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return width === 0 && height === 0 ? null : { x, y, width, height };
      }),
    evaluateAll: all,
    async click() {
      // A panel that redraws between the look and the click (a check landing then) moves what was looked at: the
      // click is made again where the element stands now, as a user whose click missed would.
      for (let attempt = 1; ; attempt++) {
        const point = await clickPoint();
        await click(point.x, point.y);
        const hit = await inOverlay((root) => (root as { clickHit?: boolean } | null)?.clickHit === true);
        if (hit || attempt === 3) return;
      }
    },
    async selectOption(value) {
      await one(
        'selectOption',
        (element, option: string) => {
          const select = element as HTMLSelectElement;
          if (![...select.options].some((o) => o.value === option)) return undefined;
          select.value = option;
          select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          select.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        },
        value,
      );
    },
  };
}

function describe(steps: Step[]): string {
  return steps.map((step) => ('css' in step ? step.css : `nth(${step.nth})`)).join(' >> ') || '(the root)';
}

/**
 * `fn` run on the elements the steps find. Built as source text: the function crosses into the page as text, and
 * `resolve` has to travel with it.
 */
function composed<R, A>(fn: ((elements: HTMLElement[], arg: A) => R) | string): string {
  return `(root, { steps, arg }) => (${fn.toString()})((${resolve.toString()})(root, steps), arg)`;
}

/** `read` run on the one element there is; `count` says how many there were. */
function composedOne<R, A>(read: (element: HTMLElement, arg: A) => R | undefined | Promise<R | undefined>): string {
  return `async (elements, arg) => ({ count: elements.length, value: elements.length === 1 ? await (${read.toString()})(elements[0], arg) : undefined })`;
}

/** In the page: the elements `steps` find from the root, in document order, each once. */
function resolve(root: ShadowRoot | null, steps: Step[]): HTMLElement[] {
  let found: (ShadowRoot | HTMLElement)[] = root ? [root] : [];
  for (const step of steps) {
    if ('nth' in step) found = found.slice(step.nth, step.nth + 1);
    else found = [...new Set(found.flatMap((at) => [...at.querySelectorAll<HTMLElement>(step.css)]))];
  }
  return found.filter((at): at is HTMLElement => at !== root);
}

/**
 * Resolves with what `condition(root, arg)` gives once it gives something (not false, null or undefined), tried
 * at every frame in the page, as Playwright's `waitForFunction` with `polling: 'raf'` is: for what stays only
 * until the next check (the overflow drawn while typing).
 */
export function waitInOverlay<R, A>(
  inOverlay: InOverlay,
  condition: (root: ShadowRoot | null, arg: A) => R | false | null | undefined,
  arg?: A,
  timeoutMs = 5_000,
): Promise<R> {
  return inOverlay<R, { arg: A | undefined; timeoutMs: number }>(
    `(root, { arg, timeoutMs }) => new Promise((done, fail) => {
      const deadline = performance.now() + timeoutMs;
      const look = () => {
        const value = (${condition.toString()})(root, arg);
        if (value !== false && value !== null && value !== undefined) done(value);
        else if (performance.now() > deadline) fail(new Error('timed out waiting in the overlay'));
        else requestAnimationFrame(look);
      };
      look();
    })`,
    { arg, timeoutMs },
  );
}
