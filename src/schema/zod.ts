import { z } from 'zod';

/**
 * Zod, as every schema of Deft builds it: jitless. Zod otherwise compiles
 * fast parsers with `new Function`, probing for it as the first object schema
 * is built; the page's CSP forbids eval, so the probe is blocked and Firefox
 * reports it on every load. Configured here, in the module every schema
 * imports z from, so no schema can be built before it (a setting in main.ts
 * ran after the shared chunk that builds the schemas).
 */
z.config({ jitless: true });

export { z };
