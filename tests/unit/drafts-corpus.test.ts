import { readdirSync, readFileSync } from 'node:fs';
import { checkDocument, miitIip2020, parseInput } from '@declcheck/schema';
import { describe, expect, it } from 'vitest';

const folder = new URL('../fixtures/drafts/', import.meta.url);
const fixtures = readdirSync(folder).filter((name) => /\.(txt|md|html|docx)$/.test(name));

describe('the draft corpus: each fixture gives exactly the issues a reviewer would find', () => {
  it('has at least 20 drafts of all three kinds', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    for (const ext of ['.txt', '.html', '.docx']) expect(fixtures.some((f) => f.endsWith(ext))).toBe(true);
  });

  it.each(fixtures)('%s', (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, folder)));
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, folder), 'utf8'));
    const parsed = parseInput(miitIip2020, bytes, name);
    expect(parsed.kind).toBe(name.endsWith('.docx') ? 'docx' : name.endsWith('.html') ? 'html' : 'text');
    const issues = checkDocument(miitIip2020, parsed).map(({ code, path }) => ({ code, path }));
    const sort = (list: { code: string; path: string }[]) =>
      [...list].sort((a, b) => `${a.path}${a.code}`.localeCompare(`${b.path}${b.code}`));
    expect(sort(issues)).toEqual(sort(expected.issues));
  });
});
