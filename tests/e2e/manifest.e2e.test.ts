import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = (build: string) =>
  JSON.parse(readFileSync(new URL(`../../.output/${build}/manifest.json`, import.meta.url), 'utf8'));

describe('the store builds ask for the fewest permissions and allow no remote or eval’d code', () => {
  it('Chrome MV3', () => {
    const m = manifest('chrome-mv3');
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus', 'sidePanel']);
    expect(m.host_permissions).toBeUndefined();
    // 在此网站上始终启用 asks for one site when the user chooses it: optional, never granted at install.
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(m.content_scripts).toEqual([]);
    expect(m.content_security_policy).toBeUndefined(); // MV3's default: script-src 'self', no unsafe-eval
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|unsafe-eval|https?:\/\/(?!\*)/);
  });

  it('Firefox MV2 declares its id and that it collects no data', () => {
    const m = manifest('firefox-mv2');
    expect(m.browser_specific_settings.gecko).toMatchObject({
      id: 'declcheck@declcheck.invalid',
      data_collection_permissions: { required: ['none'] },
    });
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage', 'contextMenus']));
    expect(m.permissions.filter((p: string) => p.includes('://'))).toEqual([]);
    expect(m.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(m.content_scripts).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|unsafe-eval/);
  });

  it.each([
    ['chrome-mv3', 'action'],
    ['firefox-mv2', 'browser_action'],
  ])('%s shows its own icon on the toolbar and in the extensions list, every size present', (build, action) => {
    const m = manifest(build);
    for (const icons of [m.icons, m[action].default_icon]) {
      expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48', '96']);
      for (const file of Object.values<string>(icons)) {
        expect(existsSync(new URL(`../../.output/${build}/${file}`, import.meta.url))).toBe(true);
      }
    }
  });
});
