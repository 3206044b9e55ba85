import { gradeCard } from "@/lib/srs/scheduler";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildQueue, newLimitToday, withExtraNewToday } from "@/lib/srs/queue";
import { applyGrade } from "@/lib/srs/review";
import { emptyCardsData } from "@/lib/srs/defaults";
import { cardSettingsSchema, type CardsData } from "@/lib/schemas/cards";
import { fixtureDeck } from "../fixtures/cards-deck";

const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);
const DAY = 86_400_000;

describe("learn more today (Anki's 'increase today's new card limit')", () => {
  const limited = (): CardsData => {
    let data: CardsData = { ...emptyCardsData(), settings: { dailyNewLimit: 1 } };
    data = applyGrade(data, fixtureDeck.id, fixtureDeck.questions[0]!.id, 3, NOW, gradeCard);
    return data;
  };

  it("the limit met, more new cards come in today only", () => {
    const data = limited();
    expect(buildQueue({ decks: [fixtureDeck], data, now: NOW, utcOffsetMinutes: 0 }).counts.new).toBe(0);
    const more = { ...data, settings: withExtraNewToday(data.settings, 2, NOW, 0) };
    const today = buildQueue({ decks: [fixtureDeck], data: more, now: NOW + 60_000, utcOffsetMinutes: 0 });
    expect(today.counts.new).toBe(2);
    expect(today.newWaiting).toBe(2);
    // Tomorrow the plain daily limit applies again.
    expect(newLimitToday(more.settings, NOW + DAY, 0)).toBe(1);
  });

  it("adds to an extra given earlier the same day; an extra from another day is dropped", () => {
    const s1 = withExtraNewToday({ dailyNewLimit: 5 }, 10, NOW, 0);
    expect(newLimitToday(withExtraNewToday(s1, 10, NOW + 3_600_000, 0), NOW, 0)).toBe(25);
    expect(newLimitToday(withExtraNewToday(s1, 10, NOW + DAY, 0), NOW + DAY, 0)).toBe(15);
  });

  it("follows the local day of the time zone the user is in", () => {
    // 23:30 in UTC-1 is already the next day in UTC+1.
    const late = Date.UTC(2025, 2, 3, 0, 30);
    const s = withExtraNewToday({ dailyNewLimit: 0 }, 3, late, -60);
    expect(newLimitToday(s, late, -60)).toBe(3);
    expect(newLimitToday(s, late + 2 * 3_600_000, -60)).toBe(0);
  });

  it("the saved settings stay valid, and older settings without it still are", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 0, max: 4e12 }),
        (limit, count, now) => {
          const s = withExtraNewToday({ dailyNewLimit: limit }, count, now, 0);
          expect(cardSettingsSchema.safeParse(s).success).toBe(true);
          expect(newLimitToday(s, now, 0)).toBe(limit + Math.min(9999, count));
        },
      ),
    );
    expect(cardSettingsSchema.safeParse({ dailyNewLimit: 20 }).success).toBe(true);
    expect(cardSettingsSchema.safeParse({ dailyNewLimit: 20, extraNew: { day: 1, count: 0 } }).success).toBe(false);
  });
});
