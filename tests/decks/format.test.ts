import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatCount, formatLongDate, formatLongDateTime, formatShortDate, formatWeekday, formatWeekdayTime } from "@/lib/format";

// The hand-written formats must read exactly as Intl's en-GB ones (which they replace for speed).
const intl = (t: number, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", o).format(t);
const anyTime = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) });

describe("dates and times match Intl en-GB", () => {
  it("in UTC and in local time", () => {
    fc.assert(
      fc.property(anyTime, (t) => {
        expect(formatWeekday(t, true)).toBe(intl(t, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }));
        expect(formatWeekday(t)).toBe(intl(t, { weekday: "short", day: "numeric", month: "short" }));
        expect(formatShortDate(t)).toBe(intl(t, { day: "numeric", month: "short", year: "numeric" }));
        expect(formatLongDate(t, true)).toBe(intl(t, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
        expect(formatWeekdayTime(t)).toBe(intl(t, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }));
        expect(formatLongDateTime(t)).toBe(intl(t, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }));
      }),
      { numRuns: 500 },
    );
  });

  it("names every month and weekday as Intl does (September is Sept)", () => {
    for (let m = 0; m < 12; m++) {
      const t = Date.UTC(2026, m, 1 + m, 0, 0);
      expect(formatWeekday(t, true)).toBe(intl(t, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }));
    }
    expect(formatWeekday(Date.UTC(2026, 8, 7), true)).toBe("Mon 7 Sept");
    expect(formatLongDate(Date.UTC(2025, 2, 3), true)).toBe("3 March 2025");
  });
});

describe("formatCount", () => {
  it("groups thousands as Intl en-US does", () => {
    const nf = new Intl.NumberFormat("en-US");
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger()), (n) => {
      expect(formatCount(n)).toBe(nf.format(n));
    }));
    expect(formatCount(100_000)).toBe("100,000");
    expect(formatCount(999)).toBe("999");
  });
});
