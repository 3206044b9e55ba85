/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * The local calendar day of `t` as a day number, for a time zone `utcOffsetMinutes` ahead of UTC
 * (+60 in Paris in winter; in a browser `-new Date().getTimezoneOffset()`). Passed in so tests are fixed.
 */
export function localDay(t: number, utcOffsetMinutes: number): number {
  return Math.floor((t + utcOffsetMinutes * 60_000) / DAY_MS);
}

/** When local day number `day` begins, in epoch ms. */
export function startOfLocalDay(day: number, utcOffsetMinutes: number): number {
  return day * DAY_MS - utcOffsetMinutes * 60_000;
}

/** A local day number as an ISO date, "2025-03-03". */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
