import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildQueue, deckCounts, dueCounts } from "@/lib/srs/queue";
import { applyGrade } from "@/lib/srs/review";
import { markMissedDue } from "@/lib/srs/quiz-link";
import { emptyCardsData } from "@/lib/srs/defaults";
import { gradeCard } from "@/lib/srs/scheduler";
import { cardsByState, reviewRetention } from "@/lib/progress/stats";
import type { CardsData, Grade } from "@/lib/schemas/cards";
import { fixtureDeck, otherDeck } from "../fixtures/cards-deck";

// Issue 13 item 8: due counts at a glance (the header, the deck list, a deck's page) and the review numbers on Progress.

const NOW = Date.UTC(2026, 2, 3, 9, 0);
const MIN = 60_000;
const DAY = 86_400_000;
const decks = [fixtureDeck, otherDeck];
const questions = decks.flatMap((d) => d.questions.map((q) => [d.id, q.id] as const));

const step = fc.record({
  card: fc.nat({ max: questions.length - 1 }),
  grade: fc.constantFrom<Grade | "miss">(1, 2, 3, 4, "miss"),
  after: fc.oneof(fc.integer({ min: 0, max: 30 * MIN }), fc.integer({ min: 0, max: 20 * DAY })),
});

function play(steps: readonly { card: number; grade: Grade | "miss"; after: number }[]): {
  data: CardsData;
  now: number;
} {
  let data: CardsData = { ...emptyCardsData(), settings: { dailyNewLimit: 3 } };
  let now = NOW;
  for (const s of steps) {
    now += s.after;
    const [deckId, questionId] = questions[s.card]!;
    data =
      s.grade === "miss"
        ? markMissedDue(data, deckId, [questionId], now)
        : applyGrade(data, deckId, questionId, s.grade, now, gradeCard);
  }
  return { data, now };
}

describe("due counts at a glance (fast-check)", () => {
  it("a deck's counts from its number of questions are its review's counts; the header's count is every deck's learning and due", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.integer({ min: 0, max: 10 * DAY }), (steps, later) => {
        const { data, now: last } = play(steps);
        const now = last + later;
        let learning = 0;
        let due = 0;
        for (const deck of decks) {
          const queue = buildQueue({ decks: [deck], data, now, utcOffsetMinutes: 60 }).counts;
          expect(deckCounts(deck, data, now, 60)).toEqual(queue);
          expect(deckCounts({ id: deck.id, questionCount: deck.questions.length }, data, now, 60)).toEqual(queue);
          learning += queue.learning;
          due += queue.due;
        }
        expect(dueCounts(data, now)).toEqual({ learning, due });
      }),
      { numRuns: 200 },
    );
  });
});

describe("review numbers on Progress", () => {
  it("retention is the share of reviews not graded Again", () => {
    expect(reviewRetention([])).toEqual({ remembered: 0, total: 0, percent: 0 });
    expect(reviewRetention([{ rating: 1 }, { rating: 3 }, { rating: 4 }, { rating: 2 }])).toEqual({
      remembered: 3,
      total: 4,
      percent: 75,
    });
  });

  it("cards by state: never-reviewed questions and cards a quiz miss made due are new", () => {
    let data = markMissedDue(emptyCardsData(), fixtureDeck.id, [fixtureDeck.questions[0]!.id], NOW);
    data = applyGrade(data, fixtureDeck.id, fixtureDeck.questions[1]!.id, 1, NOW, gradeCard); // learning
    data = applyGrade(data, fixtureDeck.id, fixtureDeck.questions[2]!.id, 4, NOW, gradeCard); // review
    const counted = cardsByState(
      Object.values(data.cards),
      decks.map((d) => ({ id: d.id, questionCount: d.questions.length })),
    );
    const total = decks.reduce((n, d) => n + d.questions.length, 0);
    expect(counted).toEqual({ new: total - 2, learning: 1, review: 1, relearning: 0 });
    // A lapse of a review card is relearning.
    const card = data.cards[`${fixtureDeck.id}::${fixtureDeck.questions[2]!.id}`]!;
    data = applyGrade(data, fixtureDeck.id, fixtureDeck.questions[2]!.id, 1, card.due, gradeCard);
    expect(cardsByState(Object.values(data.cards), []).relearning).toBe(1);
  });
});
