/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * How many minutes a time zone is ahead of UTC: one fixed number (+60 in Paris in winter; a test, or a zone
 * without daylight saving), or the offset at each instant, `(t) => minutes` — `localOffset` for the zone the
 * app runs in. A day is counted in the offset of its own time, so a review made before the clocks changed
 * keeps the calendar day it was made on.
 */
export type UtcOffset = number | ((t: number) => number);

/** The offset of `zone` at time `t`, in minutes ahead of UTC. */
export function offsetAt(zone: UtcOffset, t: number): number {
  return typeof zone === "number" ? zone : zone(t);
}

/** The runtime's time zone at `t` (the browser's; `TZ` under Node), in minutes ahead of UTC. */
export function localOffset(t: number): number {
  return -new Date(t).getTimezoneOffset() || 0;
}

/** The local calendar day of `t` as a day number (days since 1970-01-01 on the local calendar). */
export function localDay(t: number, zone: UtcOffset): number {
  return Math.floor((t + offsetAt(zone, t) * 60_000) / DAY_MS);
}

/**
 * When local day number `day` begins, in epoch ms: its midnight, or the first instant of that date when the
 * clocks skip midnight. With a changing offset, a search for the first time whose local day is `day` (every
 * real zone is within 15 hours of UTC, so the first instant lies within the bounds).
 */
export function startOfLocalDay(day: number, zone: UtcOffset): number {
  if (typeof zone === "number") return day * DAY_MS - zone * 60_000;
  let lo = day * DAY_MS - 15 * 3_600_000; // still the day before, in any zone
  let hi = day * DAY_MS + 15 * 3_600_000; // already the day, in any zone
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (localDay(mid, zone) >= day) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** A local day number as an ISO date, "2025-03-03". */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
