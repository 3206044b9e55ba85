import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ZONES, zoneOffset } from "../srs/zones";
import {
  formatCount,
  formatIsoDate,
  formatLongDate,
  formatLongDateTime,
  formatShortDate,
  formatWeekday,
  formatWeekdayTime,
} from "@/lib/format";

// The hand-written formats must read exactly as Intl's en-GB ones (which they replace for speed).
const intl = (t: number, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", o).format(t);
const anyTime = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) });

describe("dates and times match Intl en-GB", () => {
  // Each zone is set as the runtime's own (TZ), as a browser in that zone has it; Intl is told the zone by
  // name, so the two sides do not share how the zone was set. `npm test` also runs this file under each TZ.
  it.each(ZONES)("in UTC and in local time, in %s", (zone) => {
    const was = process.env.TZ;
    process.env.TZ = zone;
    try {
      const off = zoneOffset(zone);
      // The zone really is in force (Lord Howe's +10:30 in winter is no other zone's).
      for (const t of [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)])
        expect(-new Date(t).getTimezoneOffset() || 0).toBe(off(t));
      fc.assert(
        fc.property(anyTime, (t) => {
          const local = { timeZone: zone };
          expect(formatWeekday(t, true)).toBe(
            intl(t, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }),
          );
          expect(formatWeekday(t)).toBe(intl(t, { weekday: "short", day: "numeric", month: "short", ...local }));
          expect(formatShortDate(t)).toBe(intl(t, { day: "numeric", month: "short", year: "numeric", ...local }));
          expect(formatLongDate(t, true)).toBe(
            intl(t, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
          );
          expect(formatWeekdayTime(t)).toBe(
            intl(t, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", ...local }),
          );
          expect(formatLongDateTime(t)).toBe(
            intl(t, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", ...local }),
          );
        }),
        { numRuns: 300 },
      );
    } finally {
      if (was === undefined) delete process.env.TZ;
      else process.env.TZ = was;
    }
  });

  it("names every month and weekday as Intl does (September is Sept)", () => {
    for (let m = 0; m < 12; m++) {
      const t = Date.UTC(2026, m, 1 + m, 0, 0);
      expect(formatWeekday(t, true)).toBe(
        intl(t, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }),
      );
    }
    expect(formatWeekday(Date.UTC(2026, 8, 7), true)).toBe("Mon 7 Sept");
    expect(formatLongDate(Date.UTC(2025, 2, 3), true)).toBe("3 March 2025");
  });
});

describe("formatIsoDate", () => {
  it("reads an ISO date as a calendar date, whatever the time zone, and any year as written", () => {
    // Date.UTC reads years 0–99 as 1900–1999; a deck dated in the year 50 is not shown as 1950.
    const shown = ["2025-03-03", "2024-02-29", "9999-12-31", "0050-06-01"].map(formatIsoDate);
    expect(shown).toEqual(["3 March 2025", "29 February 2024", "31 December 9999", "1 June 50"]);
  });
});

describe("formatCount", () => {
  it("groups thousands as Intl en-US does", () => {
    const nf = new Intl.NumberFormat("en-US");
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger()), (n) => {
        expect(formatCount(n)).toBe(nf.format(n));
      }),
    );
    expect(formatCount(100_000)).toBe("100,000");
    expect(formatCount(999)).toBe("999");
  });
});
