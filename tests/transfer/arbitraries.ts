import fc from "fast-check";
import type { CardRecord, CardsData, ReviewLogEntry } from "@/lib/schemas/cards";
import type { Attempt, QuizPersisted } from "@/lib/schemas/quiz";
import type { ProgressData } from "@/lib/transfer/merge-progress";
import { cardKey } from "@/lib/srs/card-key";
import { foldPoint, foldReviews } from "@/lib/srs/review-history";

const ms = fc.integer({ min: 0, max: 4_102_444_800_000 });
const deckId = fc.stringMatching(/^[a-z0-9-]{4,12}$/);
const text = fc.string({ minLength: 1, maxLength: 12 });
const real = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
const state = fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const);
const types = ["multiple-choice", "true-false", "cloze", "numeric", "who-said", "ordering"] as const;

const attempt: fc.Arbitrary<Attempt> = fc.record(
  {
    id: text,
    deckId,
    mode: fc.constantFrom("practice" as const, "test" as const),
    seed: fc.nat(),
    questionIds: fc.array(text, { minLength: 1, maxLength: 4 }),
    answers: fc.array(
      fc.record({
        questionId: text,
        type: fc.constantFrom(...types),
        given: fc.string({ maxLength: 20 }),
        correct: fc.boolean(),
        ms,
        at: ms,
      }),
      { maxLength: 4 },
    ),
    current: fc.nat({ max: 4 }),
    shownAt: ms,
    startedAt: ms,
    finishedAt: ms,
  },
  { requiredKeys: ["id", "deckId", "mode", "seed", "questionIds", "answers", "current", "shownAt", "startedAt"] },
);

const card: fc.Arbitrary<CardRecord> = fc.record(
  {
    deckId,
    questionId: text,
    due: ms,
    stability: real,
    difficulty: real,
    elapsedDays: real,
    scheduledDays: real,
    learningSteps: fc.nat(5),
    reps: fc.nat(50),
    lapses: fc.nat(50),
    state,
    lastReview: ms,
  },
  {
    requiredKeys: [
      "deckId",
      "questionId",
      "due",
      "stability",
      "difficulty",
      "elapsedDays",
      "scheduledDays",
      "learningSteps",
      "reps",
      "lapses",
      "state",
    ],
  },
);

const logEntry: fc.Arbitrary<ReviewLogEntry> = fc.record({
  id: text,
  deckId,
  questionId: text,
  rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  state,
  due: ms,
  stability: real,
  difficulty: real,
  scheduledDays: real,
  learningSteps: fc.nat(5),
  review: ms,
});

const quiz: fc.Arbitrary<QuizPersisted> = fc.record({
  attempts: fc.uniqueArray(attempt, { selector: (a) => a.id, maxLength: 5 }),
  active: fc.dictionary(deckId, attempt, { maxKeys: 2 }),
  best: fc.dictionary(
    deckId,
    fc.record({ correct: fc.nat(10), total: fc.integer({ min: 1, max: 10 }), attemptId: text, at: ms }),
    { maxKeys: 2 },
  ),
});

const cards: fc.Arbitrary<CardsData> = fc.record({
  cards: fc
    .uniqueArray(card, { selector: (c) => cardKey(c.deckId, c.questionId), maxLength: 6 })
    .map((list) => Object.fromEntries(list.map((c) => [cardKey(c.deckId, c.questionId), c]))),
  // The store appends reviews as they happen, so a log is in time order.
  reviewLog: fc
    .uniqueArray(logEntry, { selector: (e) => e.id, maxLength: 6 })
    .map((log) => log.sort((a, b) => a.review - b.review)),
  settings: fc.record({ dailyNewLimit: fc.nat(9999) }),
  lastUndo: fc.constant(null),
});

/** Valid progress as the store holds it (older reviews folded, as every grade and merge leaves them), for round-trip properties. */
export const progressData: fc.Arbitrary<ProgressData> = fc.record({
  quiz,
  cards: cards.map((c) => foldReviews(c, foldPoint(c.reviewLog, Infinity))),
});
