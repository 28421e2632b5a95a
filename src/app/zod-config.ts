/**
 * zod probes `new Function` to compile faster validators; the CSP forbids eval, so don't ask.
 * This writes zod's own global config object (the one `z.config` writes, shared by every copy of
 * zod), so it holds before any form loads zod, without loading zod with the first screen.
 */
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;
