// Finds the Firefox ESR builds the end-to-end specs run in: Debian's firefox-esr (the newest ESR it ships) and
// the older ESR still in Debian's main archive, unpacked into .tmp/firefox-esr-<major> by .ci/run (or by
// `node scripts/find-firefox.mjs --install` as root). FIREFOX_PATHS (colon-separated) overrides both.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SYSTEM = '/usr/lib/firefox-esr/firefox-esr';
const UNPACKED = resolve(import.meta.dirname, '../.tmp');
/** The oldest ESR the extension supports (strict_min_version in wxt.config.ts). */
export const OLDEST_ESR = '140';

const unpacked = (major) => join(UNPACKED, `firefox-esr-${major}`, 'usr/lib/firefox-esr/firefox-esr');

export function findFirefoxes() {
  if (process.env.FIREFOX_PATHS) return process.env.FIREFOX_PATHS.split(':').filter(Boolean);
  return [SYSTEM, unpacked(OLDEST_ESR)].filter((path) => existsSync(path));
}

const MISSING =
  "The end-to-end specs run in Firefox ESR too. Install Debian's `firefox-esr` and `firefox-esr-l10n-zh-cn`, and " +
  `unpack ESR ${OLDEST_ESR} with \`node scripts/find-firefox.mjs --install\` (as root), or set FIREFOX_PATHS.`;

/** Every Firefox to test in, or an error naming what to install. */
export function ensureFirefoxes() {
  const found = findFirefoxes();
  if (process.env.FIREFOX_PATHS || (found.includes(SYSTEM) && found.includes(unpacked(OLDEST_ESR)))) return found;
  throw new Error(MISSING);
}

/** Unpacks Debian's ESR `major` (with its zh-CN language pack) into .tmp, without installing it. */
export function unpackEsr(major = OLDEST_ESR) {
  const listed = () =>
    execFileSync('apt-cache', ['madison', 'firefox-esr'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.split('|')[1]?.trim())
      .filter((v) => v?.startsWith(`${major}.`));
  let versions = listed();
  if (!versions[0]) {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' }); // a fresh machine has no package lists yet
    versions = listed();
  }
  if (!versions[0]) throw new Error(`Debian's archive has no firefox-esr ${major} (apt-get update first?)`);
  const dir = join(UNPACKED, `firefox-esr-${major}`);
  const debs = join(UNPACKED, `firefox-esr-${major}-debs`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(debs, { recursive: true });
  execFileSync('apt-get', ['download', `firefox-esr=${versions[0]}`, `firefox-esr-l10n-zh-cn=${versions[0]}`], {
    cwd: debs,
    stdio: 'inherit',
  });
  for (const deb of readdirSync(debs).filter((f) => f.endsWith('.deb'))) {
    execFileSync('dpkg-deb', ['-x', join(debs, deb), dir]);
  }
  rmSync(debs, { recursive: true, force: true });
  return unpacked(major);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    if (process.argv.includes('--install') && !existsSync(unpacked(OLDEST_ESR))) unpackEsr();
    console.log(ensureFirefoxes().join('\n'));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
