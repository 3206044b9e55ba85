import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CardsData, ReviewLogEntry } from "@/lib/schemas/cards";
import { cardsDataSchema } from "@/lib/schemas/cards";
import { reviewsPerDay, studyStreak } from "@/lib/progress/stats";
import { cardsWithoutDeck } from "@/lib/srs/cards-without-deck";
import { emptyCardsData } from "@/lib/srs/defaults";
import { DAY_MS } from "@/lib/srs/local-day";
import {
  KEEP_MS,
  MAX_FULL_LOG,
  foldedUpTo,
  foldPoint,
  foldReviews,
  reviewCounts,
  reviewTotal,
  SLOT_MS,
} from "@/lib/srs/review-history";
import { applyGrade, undoLastGrade } from "@/lib/srs/review";
import { gradeCard } from "@/lib/srs/scheduler";
import { mergeProgress } from "@/lib/transfer/merge-progress";
import { buildProgressFile } from "@/lib/transfer/export-progress";
import { emptyQuizData } from "@/lib/quiz/history";
import { CardState } from "@/lib/schemas/card-state";

const T = Date.UTC(2025, 2, 3, 9, 0);
const entry = (review: number, deckId = "deck-a", n = 0): ReviewLogEntry => ({
  id: `${deckId}::q${n}@${review}`,
  deckId,
  questionId: `q${n}`,
  rating: 3,
  state: CardState.Review,
  due: review + DAY_MS,
  stability: 3.2,
  difficulty: 5.1,
  scheduledDays: 1,
  learningSteps: 0,
  review,
});
// Folded as of the newest review (the time of the last grade, with the clock right).
const fold = (d: CardsData, before = foldPoint(d.reviewLog, Infinity)) => foldReviews(d, before);
const withLog = (log: ReviewLogEntry[]): CardsData => ({
  ...emptyCardsData(),
  reviewLog: [...log].sort((a, b) => a.review - b.review),
});

/** What /progress shows from reviews, for one time zone and one day. */
function shown(data: CardsData, now: number, offset: number) {
  const reviews = reviewCounts(data);
  return {
    perDay: reviewsPerDay(reviews, now, offset, 60),
    streak: studyStreak(
      reviews.map((r) => r.review),
      now,
      offset,
    ),
    total: reviewTotal(data),
  };
}

// Logs over ~4 months, several decks, bursts within a quarter hour, in time order.
const log = fc
  .array(
    fc.record({
      t: fc.integer({ min: 0, max: 120 * 96 }),
      jitter: fc.integer({ min: 0, max: SLOT_MS - 1 }),
      deck: fc.constantFrom("deck-a", "deck-b", "deck-c"),
    }),
    { maxLength: 300 },
  )
  .map((xs) => xs.map((x, i) => entry(T + x.t * SLOT_MS + x.jitter, x.deck, i)));
// Every real time zone is a whole number of quarter hours from UTC: -12:00 to +14:00.
const offset = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);

describe("folding old reviews into quarter-hour counts", () => {
  it("keeps the last 30 days before the newest review in full and counts the rest", () => {
    const data = withLog([
      entry(T),
      entry(T + 10 * DAY_MS),
      entry(T + 45 * DAY_MS),
      entry(T + 49 * DAY_MS),
      entry(T + 50 * DAY_MS),
    ]);
    const folded = fold(data);
    expect(folded.reviewLog.map((e) => e.review)).toEqual([T + 45 * DAY_MS, T + 49 * DAY_MS, T + 50 * DAY_MS]);
    expect(folded.reviewHistory).toEqual({
      before: T + 10 * DAY_MS + 1, // just after the newest review folded
      decks: [{ deckId: "deck-a", slots: [T / SLOT_MS, (T + 10 * DAY_MS) / SLOT_MS], counts: [1, 1] }],
    });
    expect(cardsDataSchema.safeParse(folded).success).toBe(true);
    expect(fold(folded)).toBe(folded); // nothing more to fold: the same object
  });

  it("keeps at most MAX_FULL_LOG reviews in full, the newest, and never folds the one an undo needs", () => {
    const many = withLog(Array.from({ length: MAX_FULL_LOG + 500 }, (_, i) => entry(T + i * 600_000, "deck-a", i)));
    const folded = fold(many);
    // Folding stops at a quarter-hour boundary: the rest of that quarter hour (2 reviews here at most) stays too.
    expect(folded.reviewLog.length).toBeGreaterThanOrEqual(MAX_FULL_LOG);
    expect(folded.reviewLog.length).toBeLessThanOrEqual(MAX_FULL_LOG + 2);
    expect(folded.reviewLog.at(-1)).toEqual(many.reviewLog.at(-1));
    expect(reviewTotal(folded)).toBe(MAX_FULL_LOG + 500);
  });

  it("keeps the last two days in full even beyond MAX_FULL_LOG: today's new cards are counted from them", () => {
    const busy = withLog(Array.from({ length: MAX_FULL_LOG * 2 }, (_, i) => entry(T + i * 60_000, "deck-a", i)));
    const folded = fold(busy);
    const recent = busy.reviewLog.filter((e) => e.review >= busy.reviewLog.at(-1)!.review - KEEP_MS);
    expect(recent.length).toBeGreaterThan(MAX_FULL_LOG);
    expect(folded.reviewLog.slice(-recent.length)).toEqual(recent);
    expect(folded.reviewLog.length).toBeLessThan(busy.reviewLog.length);
    expect(reviewTotal(folded)).toBe(MAX_FULL_LOG * 2);
  });

  it("a log that is all recent is left as it is", () => {
    const data = withLog([entry(T), entry(T + DAY_MS)]);
    expect(fold(data)).toBe(data);
    expect(foldPoint([], 0)).toBe(0);
  });

  it("refuses folded counts that do not pair up (failure case)", () => {
    const bad = {
      ...emptyCardsData(),
      reviewHistory: { before: 0, decks: [{ deckId: "deck-a", slots: [1, 2], counts: [1] }] },
    };
    expect(cardsDataSchema.safeParse(bad).success).toBe(false);
    const unordered = {
      ...emptyCardsData(),
      reviewHistory: { before: 0, decks: [{ deckId: "deck-a", slots: [5, 2], counts: [1, 1] }] },
    };
    expect(cardsDataSchema.safeParse(unordered).success).toBe(false);
  });

  it("reviews per day, streak and total are the same from the folded log as from the full one, in any time zone (property)", () => {
    fc.assert(
      fc.property(
        log,
        offset,
        fc.integer({ min: 0, max: 40 * DAY_MS }),
        fc.nat(MAX_FULL_LOG),
        (entries, off, later, before) => {
          const full = withLog(entries);
          const now = (full.reviewLog.at(-1)?.review ?? T) + later;
          const folded = fold(fold(full), Math.floor((T + before * 3 * 3_600_000) / SLOT_MS) * SLOT_MS);
          expect(shown(folded, now, off)).toEqual(shown(full, now, off));
          // Forgetting a deck forgets its folded reviews too.
          expect(shown(cardsWithoutDeck(folded, "deck-b"), now, off)).toEqual(
            shown(cardsWithoutDeck(full, "deck-b"), now, off),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("two tabs sharing a history, each folded at its own point, merge to the same numbers as the whole log (property)", () => {
    const tail = fc.array(
      fc.record({ t: fc.integer({ min: 0, max: 2 * DAY_MS }), deck: fc.constantFrom("deck-a", "deck-b") }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(log, tail, tail, offset, (shared, onlyA, onlyB, off) => {
        const last = Math.max(T, ...shared.map((e) => e.review));
        const [a, b] = [onlyA, onlyB].map((xs, k) =>
          xs.map((x, i) => entry(last + 1 + x.t, x.deck, 10_000 * (k + 1) + i)),
        );
        const tabA = fold(withLog([...shared, ...a!]));
        const tabB = fold(withLog([...shared, ...b!]));
        const merged = mergeProgress(
          { quiz: emptyQuizData(), cards: tabA },
          buildProgressFile(emptyQuizData(), tabB, 0),
        ).cards;
        const whole = withLog([...shared, ...a!, ...b!]);
        const now = last + 3 * DAY_MS;
        expect(shown(merged, now, off)).toEqual(shown(whole, now, off));
        expect(cardsDataSchema.safeParse(merged).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("a clock moved far ahead and back never folds the grade just given, nor a review after the clock is right (property)", () => {
    // Grades a minute to a day apart, with the clock sometimes 400 days ahead (or up to 60 days behind) for a while.
    const step = fc.record({
      gap: fc.integer({ min: 60_000, max: DAY_MS }),
      skew: fc.constantFrom(0, 0, 0, 400 * DAY_MS, -60 * DAY_MS),
      q: fc.nat(5),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let data = emptyCardsData();
        let real = T;
        steps.forEach((s, i) => {
          real += s.gap;
          const now = real + s.skew;
          data = applyGrade(data, "deck-a", `q${s.q}`, 3, now, gradeCard);
          const id = data.lastUndo!.logId;
          // The grade just given is in the log, so its undo takes it away from every count.
          expect(data.reviewLog.some((e) => e.id === id)).toBe(true);
          expect(reviewTotal(data)).toBe(i + 1);
          expect(reviewTotal(undoLastGrade(data))).toBe(i);
          // Nothing left in the log is older than what is folded (so no review counts twice after a merge), but
          // for a grade given with the clock behind the folded reviews: the next grade folds it.
          expect(
            data.reviewLog.filter((e) => e.id !== id).every((e) => e.review >= foldedUpTo(data.reviewHistory)),
          ).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
