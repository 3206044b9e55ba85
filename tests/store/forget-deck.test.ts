import { describe, expect, it } from "vitest";
import { quizWithoutDeck } from "@/lib/quiz/history";
import { cardsWithoutDeck } from "@/lib/srs/cards-without-deck";
import { STORE_NAME } from "@/lib/store/app-store";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import { storeWith } from "./helpers";
import { reviewedCard } from "../fixtures/cards";
import { cardsDataSchema, type CardsData } from "@/lib/schemas/cards";
import type { Attempt, QuizPersisted } from "@/lib/schemas/quiz";
import { quizPersistedSchema } from "@/lib/schemas/quiz";
import { CardState } from "@/lib/schemas/card-state";

const attempt = (id: string, deckId: string): Attempt => ({
  id,
  deckId,
  mode: "practice",
  seed: 1,
  questionIds: ["q1"],
  answers: [],
  current: 0,
  shownAt: 1_700_000_000_000,
  startedAt: 1_700_000_000_000,
});

describe("quizWithoutDeck", () => {
  const quiz: QuizPersisted = {
    attempts: [attempt("a1", "gone-deck"), attempt("a2", "kept-deck"), attempt("a3", "gone-deck")],
    active: { "gone-deck": attempt("a4", "gone-deck"), "kept-deck": attempt("a5", "kept-deck") },
    best: {
      "gone-deck": { correct: 1, total: 1, attemptId: "a1", at: 1_700_000_000_000 },
      "kept-deck": { correct: 0, total: 1, attemptId: "a2", at: 1_700_000_000_000 },
    },
  };

  it("removes the deck's attempts, active quiz and best score, and nothing else", () => {
    const out = quizWithoutDeck(quiz, "gone-deck");
    expect(out.attempts.map((a) => a.id)).toEqual(["a2"]);
    expect(Object.keys(out.active)).toEqual(["kept-deck"]);
    expect(Object.keys(out.best)).toEqual(["kept-deck"]);
    expect(quizPersistedSchema.safeParse(out).success).toBe(true);
  });

  it("changes nothing for a deck it does not know", () => {
    expect(quizWithoutDeck(quiz, "other-deck")).toBe(quiz);
  });
});

describe("cardsWithoutDeck", () => {
  const log = (id: string, deckId: string) => ({
    id,
    deckId,
    questionId: "q1",
    rating: 3 as const,
    state: CardState.New,
    due: 1_700_000_000_000,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    review: 1_700_000_000_000,
  });
  const data: CardsData = {
    cards: { "gone-deck::q1": reviewedCard("gone-deck", "q1"), "kept-deck::q1": reviewedCard("kept-deck", "q1") },
    reviewLog: [log("l1", "gone-deck"), log("l2", "kept-deck")],
    settings: { dailyNewLimit: 20 },
    lastUndo: { key: "gone-deck::q1", previous: null, logId: "l1" },
  };

  it("removes the deck's cards, review log and a pending undo of them", () => {
    const out = cardsWithoutDeck(data, "gone-deck");
    expect(Object.keys(out.cards)).toEqual(["kept-deck::q1"]);
    expect(out.reviewLog.map((r) => r.id)).toEqual(["l2"]);
    expect(out.lastUndo).toBeNull();
    expect(cardsDataSchema.safeParse(data).success).toBe(true);
    expect(cardsDataSchema.safeParse(out).success).toBe(true);
  });

  it("keeps everything of other decks, and their undo", () => {
    const out = cardsWithoutDeck(data, "kept-deck");
    expect(out.lastUndo).toEqual(data.lastUndo);
    expect(cardsWithoutDeck(data, "other-deck")).toBe(data);
  });
});

describe("store.forgetDeck", () => {
  const saved = () => JSON.stringify({ version: PERSIST_VERSION, state: { quiz: quizData, cards: cardsData } });
  const quizData: QuizPersisted = {
    attempts: [
      { ...attempt("a1", "my-gone"), finishedAt: 1_700_000_100_000 },
      { ...attempt("a2", "kept-deck"), finishedAt: 1_700_000_100_000 },
    ],
    active: { "my-gone": attempt("a3", "my-gone") },
    best: { "my-gone": { correct: 1, total: 1, attemptId: "a1", at: 1_700_000_100_000 } },
  };
  const cardsData: CardsData = {
    cards: {
      "my-gone::q1": reviewedCard("my-gone", "q1"),
      "kept-deck::q1": reviewedCard("kept-deck", "q1"),
    },
    reviewLog: [],
    settings: { dailyNewLimit: 20 },
    lastUndo: null,
  };

  it("removes the deck's quiz history and cards from the store and what it saves", async () => {
    const { store, saved: persisted } = await storeWith({ [STORE_NAME]: saved() });
    expect(store.getState().quiz.attempts).toHaveLength(2);
    store.getState().forgetDeck("my-gone", 1_700_000_200_000);
    const s = store.getState();
    expect(s.quiz.attempts.map((a) => a.id)).toEqual(["a2"]);
    expect(s.quiz.active).toEqual({});
    expect(s.quiz.best).toEqual({});
    expect(Object.keys(s.cards.cards)).toEqual(["kept-deck::q1"]);
    const written = JSON.parse(persisted() ?? "{}") as { state: { cards: CardsData; quiz: QuizPersisted } };
    expect(Object.keys(written.state.cards.cards)).toEqual(["kept-deck::q1"]);
    expect(written.state.quiz.attempts.map((a) => a.id)).toEqual(["a2"]);
  });

  it("changes nothing (not even a write) for a deck id it does not know", async () => {
    const { store, saved: persisted } = await storeWith({ [STORE_NAME]: saved() });
    const before = store.getState();
    const writtenBefore = persisted();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().forgetDeck("my-never-saved", 1_700_000_200_000);
    expect(store.getState()).toBe(before);
    expect(calls).toBe(0);
    expect(persisted()).toBe(writtenBefore);
  });
});
