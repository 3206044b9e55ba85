import { describe, expect, it } from "vitest";
import { quizWithoutDeck } from "@/lib/create/forget-deck";
import type { Attempt, QuizPersisted } from "@/lib/schemas/quiz";
import { quizPersistedSchema } from "@/lib/schemas/quiz";

const attempt = (id: string, deckId: string): Attempt => ({
  id, deckId, mode: "practice", seed: 1, questionIds: ["q1"], answers: [], current: 0,
  shownAt: 1_700_000_000_000, startedAt: 1_700_000_000_000,
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
    expect(quizWithoutDeck(quiz, "other-deck")).toEqual(quiz);
  });
});
