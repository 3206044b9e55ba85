import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatLongDate, formatLongDateTime, formatShortDate, formatWeekday, formatWeekdayTime } from "@/lib/format";

// lib/format.ts writes local dates and times by hand; Intl's en-GB is the reference. format.test.ts compares
// them in the zone the tests happen to run in; this runs the comparison in zones chosen to be awkward (half-
// and quarter-hour offsets, a 30-minute daylight-saving shift, both sides of the date line), by setting TZ,
// which Node reads again when it changes.
const zones = [
  "UTC",
  "Europe/London",
  "America/New_York",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "America/St_Johns",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
];
const before = process.env.TZ;
afterAll(() => {
  if (before === undefined) delete process.env.TZ;
  else process.env.TZ = before;
});

const formats = new Map<string, Intl.DateTimeFormat>();
const intl = (t: number, zone: string, o: Intl.DateTimeFormatOptions) => {
  const key = `${zone} ${JSON.stringify(o)}`;
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat("en-GB", { ...o, timeZone: zone }));
  return formats.get(key)!.format(t);
};
const anyTime = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) });

describe("local dates and times match Intl en-GB in every time zone", () => {
  for (const zone of zones) {
    it(zone, () => {
      process.env.TZ = zone;
      // The zone took effect: the local offset now is the zone's, as Intl tells it.
      const probe = Date.UTC(2026, 0, 15, 12);
      const offset = intl(probe, zone, { timeZoneName: "longOffset" }).replace(/^.*GMT/, "") || "+00:00";
      const [, sign, h, m] = /^([+-])(\d\d):(\d\d)$/.exec(offset)!;
      expect(-new Date(probe).getTimezoneOffset() || 0).toBe((sign === "-" ? -1 : 1) * (Number(h) * 60 + Number(m)));

      fc.assert(
        fc.property(anyTime, (t) => {
          expect(formatWeekday(t)).toBe(intl(t, zone, { weekday: "short", day: "numeric", month: "short" }));
          expect(formatShortDate(t)).toBe(intl(t, zone, { day: "numeric", month: "short", year: "numeric" }));
          expect(formatLongDate(t)).toBe(intl(t, zone, { day: "numeric", month: "long", year: "numeric" }));
          expect(formatWeekdayTime(t)).toBe(
            intl(t, zone, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }),
          );
          expect(formatLongDateTime(t)).toBe(
            intl(t, zone, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }),
          );
          // Calendar dates kept at UTC midnight read the same in every zone.
          expect(formatLongDate(t, true)).toBe(intl(t, "UTC", { day: "numeric", month: "long", year: "numeric" }));
        }),
        { numRuns: 300 },
      );
    });
  }
});
