import { readdirSync, readFileSync } from 'node:fs';
import { checkDocument, countsOf, miitIip2020, parseInput } from '@declcheck/schema';
import { describe, expect, it } from 'vitest';

const folder = new URL('../fixtures/office/', import.meta.url);
const fixtures = readdirSync(folder).filter((name) => /\.(docx|odt|doc|rtf|html)$/.test(name));

/**
 * Drafts as office suites really write them (LibreOffice, pandoc; see tests/fixtures/office/generator): each reads
 * as the plain text it was made from — the same issues and the same count in every section.
 */
describe('the office-suite corpus', () => {
  it('holds every format a reviewer is sent, in every mark style', () => {
    for (const ext of ['.docx', '.odt', '.doc', '.rtf', '.html'])
      expect(fixtures.filter((f) => f.endsWith(ext)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)('%s', (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, folder)));
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, folder), 'utf8'));
    const parsed = parseInput(miitIip2020, bytes, name);
    const issues = checkDocument(miitIip2020, parsed).map(({ code, path }) => ({ code, path }));
    const counts = Object.fromEntries(countsOf(miitIip2020, parsed.declaration).map((m) => [m.path, m.count]));
    expect({ issues, counts }).toEqual({ issues: expected.issues, counts: expected.counts });
  });
});
