// `npm test`: everything, in the order a failure is cheapest to find — library build, types, lint, unit tests,
// extension builds, then the end-to-end specs in real Chromium. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
// @ts-expect-error — plain .mjs helper shared with the e2e support code
import { ensureChromium } from './find-chromium.mjs';
// @ts-expect-error — likewise
import { ensureFirefoxes } from './find-firefox.mjs';

const REPORTS = '.tmp/test-reports';
mkdirSync(REPORTS, { recursive: true });

interface Step {
  readonly name: string;
  readonly command: readonly string[];
  /** A vitest JSON report this step writes, to add up the tests that ran. */
  readonly report?: string;
}

const vitest = (config: string | undefined, report: string): Step['command'] => [
  'npx',
  'vitest',
  'run',
  ...(config ? ['--config', config] : []),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/${report}.json`,
];

const steps: Step[] = [
  ...(existsSync('.wxt/tsconfig.json') ? [] : [{ name: 'wxt prepare', command: ['npx', 'wxt', 'prepare'] }]),
  { name: 'build the library', command: ['npm', 'run', 'build', '-w', '@declcheck/schema'] },
  { name: 'typecheck', command: ['npm', 'run', 'typecheck'] },
  { name: 'lint and format', command: ['npx', 'biome', 'check', '.'] },
  { name: 'unit tests', command: vitest(undefined, 'unit'), report: 'unit' },
  { name: 'build the extension (Chrome, Firefox, e2e)', command: ['npm', 'run', 'build:all'] },
  { name: 'web-ext lint of the Firefox build', command: ['npx', 'tsx', 'scripts/web-ext-lint.ts'] },
  {
    name: 'end-to-end tests in Chromium and Firefox ESR',
    command: vitest('tests/e2e/vitest.config.ts', 'e2e'),
    report: 'e2e',
  },
];

/**
 * The specs run as the users do: a zh-CN browser with CJK fonts. Without the fonts every glyph is a box and
 * measured layouts are not the users'; without Chromium's zh-CN pack its UI, and so the extension, is English.
 */
function requireUsersSetting(): void {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout ?? '';
  const missing = [
    ...(fonts.includes('Noto') ? [] : ['fonts-noto-cjk']),
    ...(existsSync('/usr/lib/chromium/locales/zh-CN.pak') || !process.env.CHROMIUM_PATH?.includes('/usr/lib/chromium')
      ? []
      : ['chromium-l10n']),
  ];
  if (missing.length > 0) {
    console.error(`The end-to-end specs need Debian's ${missing.join(' and ')}: apt-get install ${missing.join(' ')}`);
    process.exit(1);
  }
}

let passed = 0;
let failed = 0;
for (const step of steps) {
  if (step.name.startsWith('end-to-end')) {
    process.env.CHROMIUM_PATH = ensureChromium();
    process.env.FIREFOX_PATHS = ensureFirefoxes().join(':');
    requireUsersSetting();
  }
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.command[0] as string, step.command.slice(1), { stdio: 'inherit', env: process.env });
  if (step.report && existsSync(`${REPORTS}/${step.report}.json`)) {
    const report = JSON.parse(readFileSync(`${REPORTS}/${step.report}.json`, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  console.log(`${result.status === 0 ? '✔' : '✘'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) {
    console.log(`\ntests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
