import * as z from "zod/mini";

// Zod probes `new Function` the first time it parses an object, which the CSP reports as a blocked eval.
// Every schema module imports Zod from here, so the setting is made before any schema is built or used.
z.config({ jitless: true });

export { z };
