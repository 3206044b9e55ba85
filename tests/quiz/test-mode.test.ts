import { describe, expect, it } from "vitest";
import { advance, answerQuestion, goBack, newAttempt } from "@/lib/quiz/attempt";
import { cardKey } from "@/lib/srs/card-key";
import { fixtureDeck, q } from "../fixtures/deck";
import { openTab, storageWith } from "../faults/helpers";

// Issue 13 item 10: in test mode, answers can be gone back to and changed before the end.

const T0 = Date.UTC(2026, 2, 3, 9, 0);
const DECK = fixtureDeck.id;
const test = (ids: string[]) => newAttempt({ deckId: DECK, questionIds: ids, mode: "test", seed: 1, now: T0 });
const answerAndGo = (a: ReturnType<typeof test>, id: string, given: string, now: number) =>
  advance(answerQuestion(a, q(id), given, now), now);

describe("test mode: back and change (lib/quiz/attempt)", () => {
  it("goes back, replaces the answer in place, and finishes only past the last question", () => {
    let a = answerAndGo(test(["q-mc", "q-cloze", "q-num"]), "q-mc", "Tuesday", T0 + 1);
    a = answerAndGo(a, "q-cloze", "United States", T0 + 2);
    expect(a.current).toBe(2);
    a = goBack(goBack(a, T0 + 3), T0 + 4);
    expect(a.current).toBe(0);
    expect(goBack(a, T0 + 5)).toBe(a); // nothing before the first
    a = answerAndGo(a, "q-mc", "Monday", T0 + 6);
    expect(a.answers.map((r) => [r.questionId, r.correct])).toEqual([
      ["q-mc", true],
      ["q-cloze", true],
    ]);
    expect(a.current).toBe(1);
    expect(a.finishedAt).toBeUndefined();
    a = answerAndGo(answerAndGo(a, "q-cloze", "United States", T0 + 7), "q-num", "1.6 billion pounds", T0 + 8);
    expect(a.finishedAt).toBe(T0 + 8);
    expect(a.answers).toHaveLength(3);
    // Finished: no going back.
    expect(goBack(a, T0 + 9)).toBe(a);
  });

  it("practice mode neither goes back nor changes an answer", () => {
    const p = newAttempt({ deckId: DECK, questionIds: ["q-mc", "q-cloze"], mode: "practice", seed: 1, now: T0 });
    const one = answerQuestion(p, q("q-mc"), "Tuesday", T0 + 1);
    expect(answerQuestion(one, q("q-mc"), "Monday", T0 + 2)).toBe(one);
    const moved = advance(one, T0 + 3);
    expect(goBack(moved, T0 + 4)).toBe(moved);
  });
});

describe("test mode in the store: the cards follow a changed answer", () => {
  it("a miss changed to a right answer takes its card back; changed to wrong again makes it due", async () => {
    const tab = await openTab(storageWith());
    tab.setState({ quiz: { ...tab.getState().quiz, active: { [DECK]: test(["q-cloze", "q-mc"]) } } });
    const s = () => tab.getState();
    s().answer({ deckId: DECK, question: q("q-cloze"), given: "Canada", now: T0 + 1000 });
    expect(s().cards.cards[cardKey(DECK, "q-cloze")]?.due).toBe(T0 + 1000);
    s().goBack({ deckId: DECK, now: T0 + 2000 });
    s().answer({ deckId: DECK, question: q("q-cloze"), given: "Mexico", now: T0 + 3000 });
    s().goBack({ deckId: DECK, now: T0 + 4000 });
    s().answer({ deckId: DECK, question: q("q-cloze"), given: "United States", now: T0 + 5000 });
    expect(s().cards.cards[cardKey(DECK, "q-cloze")]).toBeUndefined();
    s().goBack({ deckId: DECK, now: T0 + 6000 });
    s().answer({ deckId: DECK, question: q("q-cloze"), given: "Peru", now: T0 + 7000 });
    expect(s().cards.cards[cardKey(DECK, "q-cloze")]?.due).toBe(T0 + 7000);
    s().answer({ deckId: DECK, question: q("q-mc"), given: "Monday", now: T0 + 8000 });
    expect(s().quiz.best[DECK]).toMatchObject({ correct: 1, total: 2 });
  });
});
