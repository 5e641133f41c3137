import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ALWAYS_ON } from './content/always-on-request';

/**
 * Registered before the content script on an always-on site (see always-on-sites.ts): marks, in our isolated world
 * where no page script reaches, that this copy came with the page load, not with a click.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, boolean>)[ALWAYS_ON] = true;
});
