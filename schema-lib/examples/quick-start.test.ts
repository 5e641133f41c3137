import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const here = (path: string) => new URL(path, import.meta.url);

describe('the README quick start', () => {
  it('is the example file, verbatim', () => {
    const readme = readFileSync(here('../README.md'), 'utf8');
    expect(readme).toContain(readFileSync(here('./quick-start.ts'), 'utf8').trim());
  });

  it('runs against the built package and prints what its comments say', () => {
    const output = execFileSync('npx', ['tsx', here('./quick-start.ts').pathname], { encoding: 'utf8' });
    expect(output.split('\n').filter(Boolean)).toEqual([
      '14',
      'too_long applicant.profile 「申报单位简介」超出 12 字（312 / 300 字）',
      'too_many_choices solution.capabilities 「技术能力优势」限选2个，已选3个',
      "{ path: 'applicant.profile', offset: 300 }",
      '"Applicant name" is required',
      "[ 'applicant', 'contact', 'solution', 'statement', 'sections' ]",
    ]);
  }, 30_000);
});
