import * as z from 'zod/mini';

// Extension pages, the service worker and content scripts all forbid eval: zod must not try to compile
// validators. This module is the only place zod is imported from, so the setting precedes every schema.
// zod/mini keeps the worker small (about 5 KB instead of 27 KB gzip) for the same checks.
z.config({ jitless: true });

export { z };
