/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * How many minutes a time zone is ahead of UTC: one fixed number (+60 in Paris in winter; a test, or a zone
 * without daylight saving), or the offset at each instant, `(t) => minutes` — `localOffset` for the zone the
 * app runs in. A day is counted in the offset of its own time, so a review made before the clocks changed
 * keeps the calendar day it was made on.
 */
export type UtcOffset = number | ((t: number) => number);

/** The runtime's time zone at `t` (the browser's; `TZ` under Node), in minutes ahead of UTC. */
export function localOffset(t: number): number {
  return -new Date(t).getTimezoneOffset();
}

/** The local calendar day of `t` as a day number (days since 1970-01-01 on the local calendar). */
export function localDay(t: number, zone: UtcOffset): number {
  return Math.floor((t + (typeof zone === "number" ? zone : zone(t)) * 60_000) / DAY_MS);
}

/**
 * When local day number `day` begins, in epoch ms: its midnight, or the first instant of that date when the
 * clocks skip midnight. Found as the first time whose local day is `day`, between bounds that hold in any zone
 * (every real zone is within 15 hours of UTC), so a change of offset during the day cannot shift it.
 */
export function startOfLocalDay(day: number, zone: UtcOffset): number {
  let lo = day * DAY_MS - 54e6; // 15 hours before UTC midnight: still the day before
  let hi = lo + 108e6; // 15 hours after: already the day
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDay(mid, zone) < day) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** A local day number as an ISO date, "2025-03-03". */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
