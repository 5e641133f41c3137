import { miitIip2020, miitIip2020Example, validate } from '@declcheck/schema';
import { mixedText } from './count.bench';
import { time } from './timing';

/** validate() on a full declaration whose sections hold `sectionChars` characters each. */
export function validateBench() {
  return [1_000, 3_000, 10_000, 100_000].map((sectionChars) => {
    const text = mixedText(sectionChars);
    const declaration = structuredClone(miitIip2020Example) as unknown as Record<string, Record<string, unknown>>;
    for (const section of ['overview', 'application', 'issues'] as const) {
      const sub = declaration.sections?.[section] as Record<string, string>;
      for (const key of Object.keys(sub)) sub[key] = text.slice(0, Math.floor(sectionChars / 3));
    }
    const totalChars = sectionChars * 3;
    const t = time(() => validate(miitIip2020, declaration), 300);
    return { totalChars, medianMs: t.medianMs, p95Ms: t.p95Ms, msPer10kChars: (t.medianMs / totalChars) * 10_000 };
  });
}
