// Lints the Firefox build with Mozilla's own linter. Errors fail; warnings fail unless tests/security/
// web-ext-allowlist.json names them with a reason.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

interface Finding {
  readonly code: string;
  readonly file?: string;
  readonly message: string;
}

const allowlist = JSON.parse(readFileSync('tests/security/web-ext-allowlist.json', 'utf8')) as {
  allowed: { code: string; file: string; reason: string }[];
};
const run = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
const report = JSON.parse(run.stdout) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
const allowed = (f: Finding) =>
  allowlist.allowed.some((a) => a.code === f.code && new RegExp(a.file).test(f.file ?? ''));
const failing = [...report.errors, ...report.warnings.filter((w) => !allowed(w))];
for (const f of report.warnings.filter(allowed)) console.log(`allowed  ${f.code} ${f.file ?? ''}`);
for (const f of failing) console.log(`FAIL     ${f.code} ${f.file ?? ''}: ${f.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${failing.length} not allowed)`,
);
process.exit(failing.length === 0 ? 0 : 1);
