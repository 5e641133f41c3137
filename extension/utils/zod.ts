import * as z from 'zod';

// Extension pages, the service worker and content scripts all forbid eval: zod must not try to compile
// validators. This module is the only place zod is imported from, so the setting precedes every schema.
z.config({ jitless: true });

export { z };
