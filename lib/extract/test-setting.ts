/**
 * FACTDECK_ALLOW_LOOPBACK_FETCH=1 lets the link fetch reach 127.0.0.0/8 and ::1, for the Playwright fixture
 * server and nothing else. Tests only: `npm start` (scripts/start.mjs) clears it unless started with
 * --test-loopback-fetch, which only playwright.config.ts passes; other private ranges stay refused even then.
 */
export function loopbackFetchAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.FACTDECK_ALLOW_LOOPBACK_FETCH === "1";
}
