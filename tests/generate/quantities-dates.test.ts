import { describe, expect, it } from "vitest";
import { findQuantities } from "@/lib/generate/quantities";
import { datelineDate, findDates, resolveWeekday } from "@/lib/generate/dates";

describe("findQuantities", () => {
  it("finds approximate counts with their qualifier, unit and the number to blank", () => {
    const s = "to purchase more than 5,000 air defense missiles.";
    const [q] = findQuantities(s);
    expect(q).toMatchObject({ qualifier: "more than", numText: "5,000", value: 5000, unit: "air defense missiles" });
    expect(s.slice(q!.numStart, q!.numEnd)).toBe("5,000");
  });

  it("finds percentages and word numbers", () => {
    expect(findQuantities("a turnout rate of 58%.")).toMatchObject([{ value: 58, unit: "percent" }]);
    expect(findQuantities("Five Panamanian players were booked.")).toMatchObject([
      { value: 5, unit: "Panamanian players" },
    ]);
  });

  it("ignores years, ordinals, scores, times and numbers without a counted noun", () => {
    expect(findQuantities("in 2014 and in the 28th minute it ended 1 – 0 at 22:30.")).toEqual([]);
    expect(findQuantities("the two countries agreed")).toEqual([]);
    expect(findQuantities("posts 542 and 543")).toEqual([]);
  });
});

describe("findQuantities, 2.3", () => {
  it("counts a noun a name modifies, 'less than one percent', and stops before 'last year'", () => {
    const q = (t: string) => findQuantities(t).map((x) => `${x.numText}|${x.unit}`);
    expect(q("The program has given galleries over 28,000 Andy Warhol photographs and other artifacts.")).toEqual([
      "28,000|Andy Warhol photographs",
    ]);
    expect(q("Its goal is to decrease IE6 users to less than one percent.")).toEqual(["one percent|percent"]);
    expect(q("The firm sold 400 apartments last year.")).toEqual(["400|apartments"]);
    // "one of …" is still no count, nor a number before a name that ends the clause.
    expect(q("He was one of the first to arrive in the city.")).toEqual([]);
    expect(q("The prize went to 3 Nobel Laureates.")).toEqual([]);
  });
});

describe("dates", () => {
  it("resolves a weekday to the latest such day on or before publication", () => {
    expect(resolveWeekday("Sunday", "2025-03-03")).toBe("2025-03-02");
    expect(resolveWeekday("Saturday", "2025-03-03")).toBe("2025-03-01");
    expect(resolveWeekday("Monday", "2025-03-03")).toBe("2025-03-03");
    expect(resolveWeekday("Friday", "2025-03-03", true)).toBe("2025-03-07");
  });

  it("finds weekday, month-day, abbreviated and year dates in a sentence", () => {
    const d = findDates(
      "announced on Sunday that, on Aug. 15, 2024 and since 1958, it began on August 10",
      "2025-03-03",
    );
    expect(d.map((x) => [x.text, x.iso])).toEqual([
      ["Sunday", "2025-03-02"],
      ["Aug. 15, 2024", "2024-08-15"],
      ["1958", "1958"],
      ["August 10", "2024-08-10"],
    ]);
    expect(findDates("the meeting will be on Friday", "2025-03-03")[0]?.iso).toBe("2025-03-07");
    expect(findDates("seen in Brussels, Belgium, Feb. 24, 2025.")[0]).toMatchObject({
      text: "Feb. 24, 2025",
      iso: "2025-02-24",
    });
    expect(findDates("It was 15 August 2024 and yesterday", "2024-08-20").map((x) => x.iso)).toEqual([
      "2024-08-15",
      "2024-08-19",
    ]);
  });

  it("leaves a weekday unresolved without a publication date, and finds no date where there is none", () => {
    expect(findDates("on Sunday")[0]).toMatchObject({ weekday: "Sunday", iso: undefined });
    expect(findDates("a 2000 - 2050 period of 10% growth")).toEqual([]);
  });

  it("reads a date line as the publication date", () => {
    expect(datelineDate("Friday, September 9, 2016\n\nThe vote...")).toBe("2016-09-09");
    expect(datelineDate("The vote was held on Friday, September 9, 2016.")).toBeUndefined();
  });
});
