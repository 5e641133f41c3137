import { readdirSync, readFileSync } from 'node:fs';
import { decodeText, miitIip2020, parseCsv, readSummaryTable, readXlsx, validateTable } from '@declcheck/schema';
import { describe, expect, it } from 'vitest';

const folder = new URL('../fixtures/tables/', import.meta.url);
const fixtures = readdirSync(folder).filter((name) => /\.(csv|xlsx)$/.test(name));

describe('the summary-table corpus (附件1)', () => {
  it.each(fixtures)('%s', (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, folder)));
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, folder), 'utf8'));
    const rows = name.endsWith('.xlsx') ? readXlsx(bytes) : parseCsv(decodeText(bytes));
    const table = readSummaryTable(miitIip2020.summaryTable, rows);
    expect(table.header.name).toMatch(/厅|局|院/);
    expect(table.header.contactName).toBe('李四');
    expect(table.header.contactPhone).toBe('010-68208251');
    const issues = validateTable(miitIip2020, table).map(({ code, path }) => ({ code, path }));
    expect(issues).toEqual(expected.issues);
  });
});
