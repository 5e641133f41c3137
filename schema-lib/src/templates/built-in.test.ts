import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, builtInTemplate, ORIGINAL_TEMPLATE_ID } from './built-in.js';

describe('the built-in forms', () => {
  it('are listed by distinct ids, and the original form is one of them', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(builtInTemplate(ORIGINAL_TEMPLATE_ID)?.id).toBe(ORIGINAL_TEMPLATE_ID);
    expect(builtInTemplate('no-such-form')).toBeUndefined();
  });
});
