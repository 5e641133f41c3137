/** Set by always-on-flag.ts when the content script runs because the site is always on, not after a click. */
export const ALWAYS_ON = Symbol.for('declcheck.alwaysOn');

/**
 * Whether this copy came with the page load of an always-on site. Read once and cleared, so a later click's copy in
 * the same page (which takes over from this one) is a click's.
 */
export function readAlwaysOnRequest(): boolean {
  const scope = globalThis as { [ALWAYS_ON]?: boolean };
  const requested = scope[ALWAYS_ON] === true;
  scope[ALWAYS_ON] = false;
  return requested;
}
