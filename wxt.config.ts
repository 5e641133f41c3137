import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The e2e build differs from the store build in one way only: it may run on the local fixture server without
// a toolbar click, which a test cannot make — also under the canvas editors' host names, which the canvas spec
// maps to that server. Everything else is the product: `npm run build:e2e` sets NODE_ENV=production, without
// which a build in a mode other than production would compile Preact's development JSX.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*', 'http://docs.qq.com/*', 'http://www.kdocs.cn/*'];

/** Any web site, each asked for on its own (see always-on-sites.ts). */
const SITE_PATTERNS = ['http://*/*', 'https://*/*'];

const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [String(size), `icon/${size}.png`]));

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imports matched method names (importProfiles) and pulled whole modules into pages.
  imports: false,
  // DECLCHECK_PROFILE=1 keeps names in the bundles, for reading a CPU profile of the content script.
  vite: () => ({ plugins: [preact()], ...(process.env.DECLCHECK_PROFILE ? { build: { minify: false } } : {}) }),
  manifest: ({ mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab + scripting: a click on the toolbar button (or the context menu) runs the checker on the current
    // tab, nothing more. storage: settings and site profiles. contextMenus: 检查本页申报书 / 检查选中内容.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    // 在此网站上始终启用 asks for one site at a time, when the user chooses it (never at install). MV2 lists the
    // optional origins among its optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: SITE_PATTERNS } : { optional_host_permissions: SITE_PATTERNS }),
    // The toolbar button's own image, not the browser's grey tile (icon/<size>.png, made by scripts/make-icons.mjs;
    // WXT lists the same files as the extension's icons).
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    browser_specific_settings: {
      // 140: data_collection_permissions and the CSS Custom Highlight API; 142 on Android for the former.
      gecko: {
        id: 'declcheck@declcheck.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
});
