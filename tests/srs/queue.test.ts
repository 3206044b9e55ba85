import { gradeCard } from "@/lib/srs/scheduler";
import { describe, expect, it } from "vitest";
import { buildQueue, newIntroducedToday } from "@/lib/srs/queue";
import { markMissedDue } from "@/lib/srs/quiz-link";
import { applyGrade } from "@/lib/srs/review";
import { cardKey } from "@/lib/srs/card-key";
import { emptyCardsData } from "@/lib/srs/defaults";
import { startOfLocalDay, localDay } from "@/lib/srs/local-day";
import { fixtureDeck, otherDeck } from "../fixtures/cards-deck";
import type { CardsData } from "@/lib/schemas/cards";

const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;
const q = (i: number) => fixtureDeck.questions[i]!.id;

function gradeAll(data: CardsData, grade: 1 | 2 | 3 | 4, now: number, n = fixtureDeck.questions.length) {
  for (let i = 0; i < n; i++) data = applyGrade(data, fixtureDeck.id, q(i), grade, now, gradeCard);
  return data;
}

describe("due queue", () => {
  it("shows every question of a fresh deck as new, in deck order", () => {
    const queue = buildQueue({ decks: [fixtureDeck], data: emptyCardsData(), now: NOW, utcOffsetMinutes: 0 });
    expect(queue.counts).toEqual({ new: 5, learning: 0, due: 0 });
    expect(queue.items.map((i) => i.questionId)).toEqual(fixtureDeck.questions.map((x) => x.id));
    expect(queue.nextDueAt).toBeNull();
    expect(queue.newWaiting).toBe(0);
  });

  it("spans all decks, or one", () => {
    const all = buildQueue({ decks: [fixtureDeck, otherDeck], data: emptyCardsData(), now: NOW, utcOffsetMinutes: 0 });
    expect(all.counts.new).toBe(7);
    const one = buildQueue({ decks: [otherDeck], data: emptyCardsData(), now: NOW, utcOffsetMinutes: 0 });
    expect(one.items.every((i) => i.deckId === otherDeck.id)).toBe(true);
  });

  it("limits new cards per day and says when more unlock (next local midnight)", () => {
    let data: CardsData = { ...emptyCardsData(), settings: { dailyNewLimit: 2 } };
    expect(buildQueue({ decks: [fixtureDeck], data, now: NOW, utcOffsetMinutes: 0 }).counts.new).toBe(2);
    data = gradeAll(data, 4, NOW, 2);
    const queue = buildQueue({ decks: [fixtureDeck], data, now: NOW, utcOffsetMinutes: 0 });
    expect(queue.items).toEqual([]);
    expect(queue.newWaiting).toBe(3);
    expect(queue.nextDueAt).toBe(Date.UTC(2025, 2, 4));
    // The next day the limit is fresh again.
    expect(buildQueue({ decks: [fixtureDeck], data, now: NOW + DAY, utcOffsetMinutes: 0 }).counts.new).toBe(2);
  });

  it("counts the daily limit by the local day of the given time zone", () => {
    const late = Date.UTC(2025, 2, 3, 23, 30); // 23:30 UTC is 00:30 the next day in UTC+1
    let data: CardsData = { ...emptyCardsData(), settings: { dailyNewLimit: 1 } };
    data = applyGrade(data, fixtureDeck.id, q(0), 4, Date.UTC(2025, 2, 3, 22, 0), gradeCard);
    expect(buildQueue({ decks: [fixtureDeck], data, now: late, utcOffsetMinutes: 0 }).counts.new).toBe(0);
    expect(buildQueue({ decks: [fixtureDeck], data, now: late, utcOffsetMinutes: 60 }).counts.new).toBe(1);
    expect(startOfLocalDay(localDay(late, 60), 60)).toBe(Date.UTC(2025, 2, 3, 23, 0));
  });

  it("puts learning cards first and reviews by due date; nothing due says when the next one is", () => {
    let data = gradeAll(emptyCardsData(), 4, NOW); // all review cards, due in days
    data = applyGrade(data, fixtureDeck.id, q(0), 1, NOW + 5 * DAY, gradeCard); // lapse: relearning
    const at = NOW + 5 * DAY;
    const soon = buildQueue({ decks: [fixtureDeck], data, now: at, utcOffsetMinutes: 0 });
    expect(soon.items[0]).toMatchObject({ questionId: q(0), kind: "learning" });
    expect(soon.counts.learning).toBe(1);

    const fresh = gradeAll(emptyCardsData(), 4, NOW);
    const none = buildQueue({ decks: [fixtureDeck], data: fresh, now: NOW, utcOffsetMinutes: 0 });
    expect(none.items).toEqual([]);
    const firstDue = Math.min(...Object.values(fresh.cards).map((c) => c.due));
    expect(none.nextDueAt).toBe(firstDue);
    const due = buildQueue({ decks: [fixtureDeck], data: fresh, now: firstDue, utcOffsetMinutes: 0 });
    expect(due.counts.due).toBeGreaterThan(0);
    expect(due.items.every((i) => i.kind === "review")).toBe(true);
  });

  it("learns ahead: a learning card due in 10 minutes is still shown, one in an hour is not", () => {
    const data = applyGrade(emptyCardsData(), fixtureDeck.id, q(0), 3, NOW, gradeCard); // Good on new: 10m step
    const queue = buildQueue({ decks: [fixtureDeck], data, now: NOW, utcOffsetMinutes: 0 });
    expect(queue.items.at(-1)).toMatchObject({ questionId: q(0), kind: "learning" });
    const strict = buildQueue({ decks: [fixtureDeck], data, now: NOW, utcOffsetMinutes: 0, learnAheadMs: 0 });
    expect(strict.items.some((i) => i.questionId === q(0))).toBe(false);
    expect(strict.nextDueAt).toBe(NOW + 10 * MIN);
  });

  it("counts right when the clock jumps 10 days forward: every learned card is due, new ones unlock", () => {
    let data: CardsData = { ...emptyCardsData(), settings: { dailyNewLimit: 3 } };
    data = gradeAll(data, 3, NOW, 3); // three cards in learning (10-minute step)
    const before = buildQueue({ decks: [fixtureDeck], data, now: NOW, utcOffsetMinutes: 0, learnAheadMs: 0 });
    expect(before.counts).toEqual({ new: 0, learning: 0, due: 0 });
    const later = buildQueue({ decks: [fixtureDeck], data, now: NOW + 10 * DAY, utcOffsetMinutes: 0 });
    expect(later.counts).toEqual({ new: 2, learning: 3, due: 0 });
    expect(later.items.slice(0, 3).every((i) => i.kind === "learning")).toBe(true);
  });

  it("ignores cards of questions a deck no longer has", () => {
    const data = applyGrade(emptyCardsData(), fixtureDeck.id, "gone", 4, NOW, gradeCard);
    expect(data.cards[cardKey(fixtureDeck.id, "gone")]).toBeDefined();
    const queue = buildQueue({ decks: [fixtureDeck], data, now: NOW + 365 * DAY, utcOffsetMinutes: 0 });
    expect(queue.items.some((i) => i.questionId === "gone")).toBe(false);
  });
});

describe("quiz misses and the daily new limit (issue 13 item 5)", () => {
  it("a missed question reviewed is due, never new, and does not use up the limit", () => {
    let data: CardsData = { ...emptyCardsData(), settings: { dailyNewLimit: 2 } };
    data = markMissedDue(data, fixtureDeck.id, [q(3), q(4)], NOW);
    const before = buildQueue({ decks: [fixtureDeck], data, now: NOW + MIN, utcOffsetMinutes: 0 });
    // Two misses due, and the limit's two new cards besides: each card counted once.
    expect(before.counts).toEqual({ new: 2, learning: 0, due: 2 });
    expect(new Set(before.items.map((i) => i.questionId)).size).toBe(before.items.length);
    // Reviewing both misses leaves the two new cards of the day.
    data = applyGrade(data, fixtureDeck.id, q(3), 4, NOW + 2 * MIN, gradeCard);
    data = applyGrade(data, fixtureDeck.id, q(4), 4, NOW + 3 * MIN, gradeCard);
    expect(newIntroducedToday(data, new Set([fixtureDeck.id]), NOW + 4 * MIN, 0)).toBe(0);
    const after = buildQueue({ decks: [fixtureDeck], data, now: NOW + 4 * MIN, utcOffsetMinutes: 0 });
    expect(after.counts.new).toBe(2);
    // A new card reviewed from the queue does count.
    data = applyGrade(data, fixtureDeck.id, q(0), 4, NOW + 5 * MIN, gradeCard);
    expect(newIntroducedToday(data, new Set([fixtureDeck.id]), NOW + 6 * MIN, 0)).toBe(1);
    expect(buildQueue({ decks: [fixtureDeck], data, now: NOW + 6 * MIN, utcOffsetMinutes: 0 }).counts.new).toBe(1);
  });
});
