/**
 * Zod compiles fast parsers with `new Function` and probes for it at start-up.
 * Cronología's recommended CSP (no 'unsafe-eval') and Trusted Types policy refuse
 * that, and each refused probe is reported as a violation even though Zod
 * recovers. Turning the compiler off keeps the app free of eval and of those
 * reports. Imported first by main.tsx, before any schema is built.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
