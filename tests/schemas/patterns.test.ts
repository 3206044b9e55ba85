import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calendarDateSchema } from "@/lib/schemas/fields";
import { isCalendarDate } from "@/lib/schemas/patterns";
import { describeIssue, firstIssue } from "@/lib/schemas/issues";
import { deckSchema } from "@/lib/schemas/deck";

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));

describe("isCalendarDate, the Zod-free check", () => {
  it("accepts real dates and refuses the rest, leap years included", () => {
    for (const ok of ["2025-03-03", "2024-02-29", "2000-02-29", "0000-01-01", "9999-12-31"])
      expect(isCalendarDate(ok)).toBe(true);
    for (const bad of [
      "2025-02-29",
      "1900-02-29",
      "2025-02-31",
      "2025-13-01",
      "0000-00-00",
      "2025-3-3",
      " 2025-03-03",
      "2025-03-03T00:00",
    ]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
  });

  it("agrees with calendarDateSchema (Zod's z.iso.date) on every string of the shape and on any string", () => {
    const shaped = fc
      .tuple(
        digits(4),
        fc.oneof(digits(2), fc.constantFrom("02", "04", "12", "13")),
        fc.oneof(digits(2), fc.constantFrom("28", "29", "30", "31")),
      )
      .map(([y, m, d]) => `${y}-${m}-${d}`);
    const schema = calendarDateSchema();
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string()), (s) => {
        expect(isCalendarDate(s)).toBe(schema.safeParse(s).success);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("describeIssue / firstIssue", () => {
  it("name the first issue's dotted path, or the whole value when it failed itself", () => {
    const bad = deckSchema.safeParse({ id: "ok-deck", article: { title: "T", text: "x" }, facts: [], questions: [{}] });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(firstIssue(bad.error).path).toMatch(/^[\w.]+$/);
    expect(describeIssue(bad.error, "deck")).toBe(`${firstIssue(bad.error).path}: ${firstIssue(bad.error).message}`);
    const top = calendarDateSchema().safeParse(5);
    expect(!top.success && describeIssue(top.error, "date")).toMatch(/^date: /);
  });
});
