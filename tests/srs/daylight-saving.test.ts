import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeCard } from "@/lib/srs/scheduler";
import { dueNext7Days, reviewsPerDay, studyStreak } from "@/lib/progress/stats";
import { buildQueue, newIntroducedToday } from "@/lib/srs/queue";
import { applyGrade } from "@/lib/srs/review";
import { emptyCardsData } from "@/lib/srs/defaults";
import { dayToIso, localDay, localOffset, startOfLocalDay } from "@/lib/srs/local-day";
import type { CardsData } from "@/lib/schemas/cards";
import { fixtureDeck } from "../fixtures/cards-deck";
import { ZONES, dateIn, zoneOffset } from "./zones";
import { reviewedCard } from "../fixtures/cards";

const london = zoneOffset("Europe/London");
// Clocks go back at 02:00 BST on Sunday 25 October 2026 (01:00 UTC) and forward at 01:00 GMT on Sunday 29 March 2026.
const BACK = Date.UTC(2026, 9, 25, 1, 0);
const FORWARD = Date.UTC(2026, 2, 29, 1, 0);

describe("days across a change of the clocks (Europe/London)", () => {
  it("the zone data is what the tests assume", () => {
    expect([london(BACK - 1), london(BACK), london(FORWARD - 1), london(FORWARD)]).toEqual([60, 0, 0, 60]);
  });

  it("clocks going back: a night owl's two-day streak stays two days", () => {
    // Reviews at 00:30 BST on Saturday 24 and Sunday 25 October (23:30 UTC the evening before), seen on Monday.
    const reviews = [Date.UTC(2026, 9, 23, 23, 30), Date.UTC(2026, 9, 24, 23, 30)];
    const monday = Date.UTC(2026, 9, 26, 10, 0);
    expect(reviews.map((t) => dateIn("Europe/London", t))).toEqual(["2026-10-24", "2026-10-25"]);
    expect(studyStreak(reviews, monday, london)).toBe(2);
    // The fault: today's offset (GMT) applied to summer-time reviews put both on the days before: no streak.
    expect(studyStreak(reviews, monday, london(monday))).toBe(0);
    expect(
      reviewsPerDay(
        reviews.map((review) => ({ review })),
        monday,
        london,
        3,
      ),
    ).toEqual([
      { day: "2026-10-24", count: 1 },
      { day: "2026-10-25", count: 1 },
      { day: "2026-10-26", count: 0 },
    ]);
  });

  it("clocks going forward: the previous evening is not today, for the stats and the new-card limit", () => {
    const lateSaturday = Date.UTC(2026, 2, 28, 23, 30); // 23:30 GMT on Saturday 28 March
    const sunday = Date.UTC(2026, 2, 29, 12, 0); // 13:00 BST
    let data: CardsData = { ...emptyCardsData(), settings: { dailyNewLimit: 1 } };
    data = applyGrade(data, fixtureDeck.id, fixtureDeck.questions[0]!.id, 3, lateSaturday, gradeCard);
    const decks = new Set([fixtureDeck.id]);
    expect(newIntroducedToday(data, decks, sunday, london)).toBe(0);
    expect(buildQueue({ decks: [fixtureDeck], data, now: sunday, utcOffsetMinutes: london }).counts.new).toBe(1);
    // The fault: BST applied to Saturday evening made it Sunday, and Sunday's one new card was already used.
    expect(newIntroducedToday(data, decks, sunday, london(sunday))).toBe(1);
    expect(reviewsPerDay([{ review: lateSaturday }], sunday, london, 2)).toEqual([
      { day: "2026-03-28", count: 1 },
      { day: "2026-03-29", count: 0 },
    ]);
    expect(studyStreak([lateSaturday], sunday, london)).toBe(1);
  });

  it("new cards unlock at the next local midnight, in the offset of that midnight", () => {
    let data: CardsData = { ...emptyCardsData(), settings: { dailyNewLimit: 1 } };
    const saturday = Date.UTC(2026, 9, 24, 11, 0); // 12:00 BST
    data = applyGrade(data, fixtureDeck.id, fixtureDeck.questions[0]!.id, 4, saturday, gradeCard);
    const q = buildQueue({ decks: [fixtureDeck], data, now: saturday, utcOffsetMinutes: london });
    expect(q.nextDueAt).toBe(Date.UTC(2026, 9, 24, 23, 0)); // midnight BST
    const sunday = Date.UTC(2026, 9, 25, 11, 0); // 11:00 GMT: the next midnight is in GMT
    data = applyGrade(data, fixtureDeck.id, fixtureDeck.questions[1]!.id, 4, sunday, gradeCard);
    expect(buildQueue({ decks: [fixtureDeck], data, now: sunday, utcOffsetMinutes: london }).nextDueAt).toBe(
      Date.UTC(2026, 9, 26, 0, 0),
    );
  });

  it("cards due this week are counted on their own days", () => {
    const card = (due: number) => reviewedCard("d", String(due), due);
    const friday = Date.UTC(2026, 9, 23, 12, 0);
    // 00:30 BST on Saturday is Saturday; 23:30 GMT on Sunday is Sunday.
    const days = dueNext7Days(
      [card(Date.UTC(2026, 9, 23, 23, 30)), card(Date.UTC(2026, 9, 25, 23, 30))],
      friday,
      london,
    );
    expect(days.slice(0, 3)).toEqual([
      { day: "2026-10-23", count: 0 },
      { day: "2026-10-24", count: 1 },
      { day: "2026-10-25", count: 1 },
    ]);
  });
});

describe("local days in every zone the suite runs in", () => {
  const anyTime = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) });

  it("a day number is the calendar date Intl gives, and starts at its first instant (property)", () => {
    for (const zone of ZONES) {
      const off = zoneOffset(zone);
      fc.assert(
        fc.property(anyTime, (t) => {
          const day = localDay(t, off);
          expect(dayToIso(day)).toBe(dateIn(zone, t));
          const start = startOfLocalDay(day, off);
          expect(start).toBeLessThanOrEqual(t);
          expect(dateIn(zone, start)).toBe(dayToIso(day));
          expect(dateIn(zone, start - 1)).toBe(dayToIso(day - 1));
          expect(startOfLocalDay(day + 1, off)).toBeGreaterThan(t);
        }),
        { numRuns: 200 },
      );
    }
  });

  it("the runtime's zone (TZ) counts days as Date does", () => {
    // Under `npm test` this file runs once per zone in ZONES (scripts/tz-matrix.mjs); the runtime zone is checked too.
    fc.assert(
      fc.property(anyTime, (t) => {
        const d = new Date(t);
        expect(localDay(t, localOffset)).toBe(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
        if (process.env.TZ) expect(dayToIso(localDay(t, localOffset))).toBe(dateIn(process.env.TZ, t));
      }),
      { numRuns: 500 },
    );
  });

  it("a day whose midnight the clocks skip starts at the change (São Paulo, 4 November 2018)", () => {
    const saoPaulo = zoneOffset("America/Sao_Paulo");
    // 00:00 BRT became 01:00 BRST: the day began at 03:00 UTC; the day before ended at 02:59:59.999 UTC.
    const day = localDay(Date.UTC(2018, 10, 4, 12, 0), saoPaulo);
    expect(dayToIso(day)).toBe("2018-11-04");
    expect(startOfLocalDay(day, saoPaulo)).toBe(Date.UTC(2018, 10, 4, 3, 0));
    expect(dateIn("America/Sao_Paulo", Date.UTC(2018, 10, 4, 3, 0) - 1)).toBe("2018-11-03");
  });

  it("Lord Howe's half-hour change: a review at 00:15 after the change is on its own day", () => {
    const lordHowe = zoneOffset("Australia/Lord_Howe");
    // Clocks go forward half an hour at 02:00 on Sunday 4 October 2026 (10:30 → 11:00 ahead of UTC).
    const before = Date.UTC(2026, 9, 3, 13, 0);
    const after = Date.UTC(2026, 9, 4, 13, 0);
    expect([lordHowe(before), lordHowe(after)]).toEqual([630, 660]);
    const review = Date.UTC(2026, 9, 4, 13, 15); // 00:15 on Monday 5 October, LHDT
    expect(dateIn("Australia/Lord_Howe", review)).toBe("2026-10-05");
    expect(dayToIso(localDay(review, lordHowe))).toBe("2026-10-05");
    expect(dayToIso(localDay(review, lordHowe(before)))).toBe("2026-10-04"); // the winter offset would say Sunday
    expect(startOfLocalDay(localDay(review, lordHowe), lordHowe)).toBe(Date.UTC(2026, 9, 4, 13, 0));
  });
});
