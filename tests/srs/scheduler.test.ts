import { createEmptyCard, State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { gradeCard, previewDue } from "@/lib/srs/scheduler";
import { newCardRecord } from "@/lib/srs/new-card";
import { formatInterval, formatUntil } from "@/lib/srs/format-interval";
import { CardState } from "@/lib/schemas/card-state";

const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;

/** ts-fsrs's own new card due at `now`, each field under the store's name (elapsed_days → elapsedDays), times in ms. */
function fsrsEmptyCard(deckId: string, questionId: string, now: number): Record<string, unknown> {
  const fields = Object.entries(createEmptyCard(new Date(now))).filter(([, v]) => v !== undefined);
  const camel = (k: string) => k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  const ms = (v: unknown) => (v instanceof Date ? v.getTime() : v);
  return { deckId, questionId, ...Object.fromEntries(fields.map(([k, v]) => [camel(k), ms(v)])) };
}

describe("scheduler wrapper", () => {
  it("makes a new card due now, in the New state, with epoch-ms times", () => {
    const c = newCardRecord("d1", "q1", NOW);
    expect(c).toMatchObject({ deckId: "d1", questionId: "q1", due: NOW, state: CardState.New, reps: 0, lapses: 0 });
    expect(c.lastReview).toBeUndefined();
  });

  it("numbers card states as ts-fsrs's State does", () => {
    expect(CardState).toEqual({
      New: State.New,
      Learning: State.Learning,
      Review: State.Review,
      Relearning: State.Relearning,
    });
  });

  it("builds new cards exactly as ts-fsrs does, without loading it", () => {
    expect(newCardRecord("d1", "q1", NOW)).toEqual(fsrsEmptyCard("d1", "q1", NOW));
    expect(newCardRecord("d1", "q1", NOW)).not.toEqual(fsrsEmptyCard("d1", "q1", NOW + 1));
  });

  it("schedules a new card by grade: Again 1m, Hard 6m, Good 10m, Easy in days", () => {
    const p = previewDue(newCardRecord("d1", "q1", NOW), NOW);
    expect(p[1] - NOW).toBe(1 * MIN);
    expect(p[2] - NOW).toBe(6 * MIN);
    expect(p[3] - NOW).toBe(10 * MIN);
    expect(p[4] - NOW).toBeGreaterThanOrEqual(DAY);
    expect(formatInterval(p[1] - NOW)).toBe("<1m");
    expect(formatInterval(p[3] - NOW)).toBe("<10m");
  });

  it("grades: the card moves on and the log keeps the state before", () => {
    const before = newCardRecord("d1", "q1", NOW);
    const { card, log } = gradeCard(before, 4, NOW, "log-1");
    expect(card.state).toBe(CardState.Review);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toBe(NOW);
    expect(card.due).toBe(previewDue(before, NOW)[4]);
    expect(log).toMatchObject({
      id: "log-1",
      rating: 4,
      state: CardState.New,
      review: NOW,
      deckId: "d1",
      questionId: "q1",
    });
  });

  it("is deterministic: the same grade at the same time gives the same card", () => {
    const a = gradeCard(newCardRecord("d", "q", NOW), 3, NOW, "x").card;
    const b = gradeCard(newCardRecord("d", "q", NOW), 3, NOW, "x").card;
    expect(a).toEqual(b);
  });

  it("a lapse (Again on a review card) counts and relearns", () => {
    const learned = gradeCard(newCardRecord("d", "q", NOW), 4, NOW, "a").card;
    const later = learned.due;
    const lapsed = gradeCard(learned, 1, later, "b").card;
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(CardState.Relearning);
    expect(lapsed.due - later).toBeLessThan(DAY);
  });
});

describe("interval labels", () => {
  it.each([
    [30_000, "<1m"],
    [10 * MIN, "<10m"],
    [3 * 3_600_000, "3h"],
    [DAY, "1d"],
    [4 * DAY, "4d"],
    [45 * DAY, "1.5mo"],
    [60 * DAY, "2mo"],
    [730 * DAY, "2y"],
  ])("%i ms reads %s", (ms, label) => expect(formatInterval(ms)).toBe(label));

  it("says how long until a due time", () => {
    expect(formatUntil(NOW + 5 * MIN, NOW)).toBe("in 5 minutes");
    expect(formatUntil(NOW + DAY, NOW)).toBe("in 1 day");
    expect(formatUntil(NOW - DAY, NOW)).toBe("in less than a minute");
  });
});
