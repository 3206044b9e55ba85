import { describe, expect, it } from "vitest";
import { answerQuestion, advance, canOverride, newAttempt, overrideAnswer } from "@/lib/quiz/attempt";
import { cardKey } from "@/lib/srs/card-key";
import { gradeCard } from "@/lib/srs/scheduler";
import { attemptSchema } from "@/lib/schemas/quiz";
import { fixtureDeck, q } from "../fixtures/deck";
import { openTab, storageWith } from "../faults/helpers";

// Issue 13 item 9: Quizlet's "I was right" for a typed answer the check marked wrong.

const T0 = Date.UTC(2026, 2, 3, 9, 0);
const DECK = fixtureDeck.id;
const key = (id: string) => cardKey(DECK, id);

function attemptOn(ids: string[]) {
  return newAttempt({ deckId: DECK, questionIds: ids, mode: "practice", seed: 1, now: T0 });
}

describe("overriding an answer (lib/quiz/attempt)", () => {
  it("counts a typed answer marked wrong as right, once, and keeps it valid for the schema", () => {
    const a = answerQuestion(attemptOn(["q-cloze", "q-mc"]), q("q-cloze"), "the USA of America", T0 + 1000);
    expect(a.answers[0]!.correct).toBe(false);
    expect(canOverride(a, "q-cloze")).toBe(true);
    const b = overrideAnswer(a, "q-cloze");
    expect(b.answers[0]).toMatchObject({ correct: true, overridden: true, given: "the USA of America" });
    expect(attemptSchema.safeParse(b).success).toBe(true);
    // Once per question.
    expect(canOverride(b, "q-cloze")).toBe(false);
    expect(overrideAnswer(b, "q-cloze")).toBe(b);
  });

  it("refuses a right answer, a choice question, an unanswered one and a finished attempt", () => {
    const right = answerQuestion(attemptOn(["q-cloze"]), q("q-cloze"), "United States", T0);
    expect(overrideAnswer(right, "q-cloze")).toBe(right);
    const choice = answerQuestion(attemptOn(["q-mc"]), q("q-mc"), "Tuesday", T0);
    expect(overrideAnswer(choice, "q-mc")).toBe(choice);
    const open = attemptOn(["q-num"]);
    expect(overrideAnswer(open, "q-num")).toBe(open);
    const finished = advance(answerQuestion(attemptOn(["q-num"]), q("q-num"), "3", T0), T0 + 1);
    expect(finished.finishedAt).toBeDefined();
    expect(overrideAnswer(finished, "q-num")).toBe(finished);
  });
});

describe("overriding in the store", () => {
  const start = (tab: Awaited<ReturnType<typeof openTab>>, ids: string[]) => {
    tab.setState({ quiz: { ...tab.getState().quiz, active: { [DECK]: attemptOn(ids) } } });
  };

  it("the score follows, and the card the miss made due goes back as it was", async () => {
    const kv = storageWith();
    const tab = await openTab(kv);
    // q-num was learned before: the miss moves its due date to now, the override puts it back.
    tab
      .getState()
      .gradeCard({ deckId: DECK, questionId: "q-num", grade: 4, now: T0 - 86_400_000, schedule: gradeCard });
    const learned = tab.getState().cards.cards[key("q-num")]!;
    start(tab, ["q-cloze", "q-num"]);
    tab.getState().answer({ deckId: DECK, question: q("q-cloze"), given: "the USA of America", now: T0 + 1000 });
    expect(tab.getState().cards.cards[key("q-cloze")]).toBeDefined();
    tab.getState().overrideAnswer({ deckId: DECK, questionId: "q-cloze" });
    expect(tab.getState().quiz.active[DECK]!.answers[0]).toMatchObject({ correct: true, overridden: true });
    expect(tab.getState().cards.cards[key("q-cloze")]).toBeUndefined();

    tab.getState().next({ deckId: DECK, now: T0 + 2000 });
    tab.getState().answer({ deckId: DECK, question: q("q-num"), given: "2 billion", now: T0 + 3000 });
    expect(tab.getState().cards.cards[key("q-num")]!.due).toBe(T0 + 3000);
    tab.getState().overrideAnswer({ deckId: DECK, questionId: "q-num" });
    expect(tab.getState().cards.cards[key("q-num")]).toEqual(learned);
    tab.getState().next({ deckId: DECK, now: T0 + 4000 });
    // Finished: both right, best score and history follow; the save reads back as it is.
    expect(tab.getState().quiz.best[DECK]).toMatchObject({ correct: 2, total: 2 });
    const again = await openTab(kv);
    expect(again.getState().meta.notices).toEqual([]);
    expect(
      again
        .getState()
        .quiz.attempts.at(-1)!
        .answers.map((r) => r.overridden),
    ).toEqual([true, true]);
  });

  it("after a reload, a card the miss created is taken back; nothing else is touched", async () => {
    const kv = storageWith();
    const tab = await openTab(kv);
    start(tab, ["q-cloze"]);
    tab.getState().answer({ deckId: DECK, question: q("q-cloze"), given: "Canada", now: T0 + 1000 });
    const reloaded = await openTab(kv);
    expect(reloaded.getState().cards.cards[key("q-cloze")]).toBeDefined();
    reloaded.getState().overrideAnswer({ deckId: DECK, questionId: "q-cloze" });
    expect(reloaded.getState().cards.cards[key("q-cloze")]).toBeUndefined();
    expect(reloaded.getState().quiz.active[DECK]!.answers[0]!.correct).toBe(true);
  });
});
