import type { UtcOffset } from "@/lib/srs/local-day";

import { ZONES as MATRIX } from "../../scripts/tz-matrix.mjs";

/** The zones `npm test` runs the time-dependent tests in (`scripts/tz-matrix.mjs`). */
export const ZONES: readonly string[] = MATRIX;

/**
 * The offset of a named zone at each time, from Intl's zone data: independent of the zone the tests run in,
 * and of the app's own code (`localOffset` reads the runtime's zone through Date).
 */
export function zoneOffset(timeZone: string): (t: number) => number {
  const f = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" });
  return (t) => {
    const name = f.formatToParts(t).find((p) => p.type === "timeZoneName")!.value; // "GMT+01:00", "GMT"
    const m = /^GMT([+-])(\d\d):(\d\d)$/.exec(name);
    return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
}

/** The calendar date of `t` in `timeZone`, "2026-10-25", as Intl gives it. */
export function dateIn(timeZone: string, t: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(t);
}

export type { UtcOffset };
