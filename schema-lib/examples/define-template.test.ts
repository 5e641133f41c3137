import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const here = (path: string) => new URL(path, import.meta.url);

describe('the README’s template written in TypeScript', () => {
  it('is the example file, verbatim', () => {
    const readme = readFileSync(here('../README.md'), 'utf8');
    expect(readme).toContain(readFileSync(here('./define-template.ts'), 'utf8').trim());
  });

  it('runs against the built package and prints what its comments say', () => {
    const output = execFileSync('npx', ['tsx', here('./define-template.ts').pathname], { encoding: 'utf8' });
    expect(output.split('\n').filter(Boolean)).toEqual(['[]', '「项目摘要」超出 1 字符（201 / 200 字符）']);
  });
});
