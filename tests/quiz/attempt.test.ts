import { describe, expect, it } from "vitest";
import { advance, answerQuestion, defaultSettings, newAttempt, pickQuestions, retryMistakes } from "@/lib/quiz/attempt";
import { breakdownByType, percent, scoreOf, updateBest } from "@/lib/quiz/score";
import { seededShuffle } from "@/lib/quiz/random";
import { fixtureDeck, q } from "../fixtures/deck";

const T0 = Date.UTC(2026, 0, 10);
const deckId = fixtureDeck.id;

describe("pickQuestions", () => {
  it("shuffles by seed: the same seed gives the same order, another seed another", () => {
    const a = pickQuestions(fixtureDeck.questions, { ...defaultSettings, count: 0 }, 1);
    expect(pickQuestions(fixtureDeck.questions, { ...defaultSettings, count: 0 }, 1)).toEqual(a);
    expect([...a].sort()).toEqual(fixtureDeck.questions.map((x) => x.id).sort());
    const others = [2, 3, 4, 5].map((s) =>
      pickQuestions(fixtureDeck.questions, { ...defaultSettings, count: 0 }, s).join(),
    );
    expect(others.some((o) => o !== a.join())).toBe(true);
  });
  it("keeps only the chosen types and cuts to the count", () => {
    expect(
      pickQuestions(fixtureDeck.questions, { ...defaultSettings, types: ["numeric", "cloze"], count: 0 }, 9).sort(),
    ).toEqual(["q-cloze", "q-num"]);
    expect(pickQuestions(fixtureDeck.questions, { ...defaultSettings, count: 5 }, 9)).toHaveLength(5);
    expect(pickQuestions(fixtureDeck.questions, { ...defaultSettings, types: [] }, 9)).toEqual([]);
  });
  it("refuses to start an empty attempt", () => {
    expect(() => newAttempt({ deckId, questionIds: [], mode: "practice", seed: 1, now: T0 })).toThrow();
  });
});

describe("an attempt", () => {
  const start = () => newAttempt({ deckId, questionIds: ["q-mc", "q-num"], mode: "practice", seed: 1, now: T0 });

  it("records time per question and finishes after the last", () => {
    let a = answerQuestion(start(), q("q-mc"), "Monday", T0 + 4000);
    a = advance(a, T0 + 5000);
    a = answerQuestion(a, q("q-num"), "2bn", T0 + 8000);
    expect(advance(start(), T0)).toEqual(start()); // cannot move on before answering
    a = advance(a, T0 + 9000);
    expect(a.answers.map((r) => [r.correct, r.ms])).toEqual([
      [true, 4000],
      [false, 3000],
    ]);
    expect(a.finishedAt).toBe(T0 + 9000);
    expect(scoreOf(a)).toEqual({ correct: 1, total: 2 });
    expect(percent(scoreOf(a))).toBe(50);
    expect(breakdownByType(a)).toEqual([
      { type: "multiple-choice", correct: 1, total: 1 },
      { type: "numeric", correct: 0, total: 1 },
    ]);
    expect(answerQuestion(a, q("q-num"), "1.6bn", T0 + 10_000)).toBe(a); // finished: no more scoring
    const retry = retryMistakes(a, 5, T0 + 20_000)!;
    expect(retry).toMatchObject({ questionIds: ["q-num"], retryOf: a.id, answers: [], current: 0 });
    expect(retryMistakes(start(), 5, T0)).toBeUndefined(); // not finished
  });

  it("best score: a higher share wins, a tie goes to the longer quiz, retries never count", () => {
    const fin = (correct: number, total: number, id: string, retryOf?: string) => ({
      ...start(),
      id,
      questionIds: Array.from({ length: total }, (_, i) => `q${i}`),
      finishedAt: T0 + 1,
      ...(retryOf ? { retryOf } : {}),
      answers: Array.from({ length: total }, (_, i) => ({
        questionId: `q${i}`,
        type: "numeric" as const,
        given: "",
        correct: i < correct,
        ms: 0,
        at: T0,
      })),
    });
    const b1 = updateBest(undefined, fin(3, 5, "a1"))!;
    expect(b1).toMatchObject({ correct: 3, total: 5 });
    expect(updateBest(b1, fin(2, 5, "a2"))).toBe(b1);
    expect(updateBest(b1, fin(6, 10, "a3"))).toMatchObject({ attemptId: "a3" });
    expect(updateBest(b1, fin(1, 1, "a4", "a1"))).toBe(b1);
    expect(updateBest(b1, fin(4, 5, "a5"))).toMatchObject({ attemptId: "a5" });
  });
});

describe("seededShuffle", () => {
  it("is a permutation", () => {
    expect(seededShuffle([1, 2, 3, 4, 5], 42).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("the attempt history", () => {
  it("keeps the newest MAX_ATTEMPTS finished attempts and every best score", async () => {
    const { MAX_ATTEMPTS, emptyQuizData, recordFinished } = await import("@/lib/quiz/history");
    let data = emptyQuizData();
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) {
      // Only the first attempt is right, so it stays the best even after it leaves the history.
      const started = newAttempt({ deckId, questionIds: ["q-mc"], mode: "test", seed: i, now: T0 + i });
      const answered = answerQuestion(started, q("q-mc"), i === 0 ? "Monday" : "Sunday", T0 + i);
      data = recordFinished(data, advance(answered, T0 + i + 1));
    }
    expect(data.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(data.attempts[0]!.seed).toBe(5);
    expect(data.best[deckId]).toMatchObject({ correct: 1, total: 1, attemptId: attemptIdOf(0) });
    expect(recordFinished(data, data.attempts.at(-1)!)).toBe(data); // filed once
  });
});

function attemptIdOf(i: number) {
  return newAttempt({ deckId, questionIds: ["q-mc"], mode: "test", seed: i, now: T0 + i }).id;
}
