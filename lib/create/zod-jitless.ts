import * as z from "zod/mini";

// Zod's object schemas probe `new Function` when they are built, which the CSP reports as blocked
// eval. Imported first wherever full Zod schemas are built in the browser, before any is made.
z.config({ jitless: true });
