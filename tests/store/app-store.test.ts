import { describe, expect, it } from "vitest";
import { STORE_NAME } from "@/lib/store/app-store";
import { fixtureDeck, q } from "../fixtures/deck";
import { storeWith, startAll, T0 } from "./helpers";

const deckId = fixtureDeck.id;

describe("quiz actions", () => {
  it("starts, answers, moves on, finishes and records the best score", async () => {
    const { store, saved } = await storeWith();
    expect(startAll(store)).toBe(true);
    const s = () => store.getState();
    const order = s().quiz.active[deckId]!.questionIds;
    expect([...order].sort()).toEqual(fixtureDeck.questions.map((x) => x.id).sort());
    order.forEach((id, i) => {
      const question = q(id);
      const given =
        i === 0 ? "definitely wrong" : question.type === "ordering" ? question.items!.join(" → ") : question.answer;
      s().answer({ deckId, question, given, now: T0 + 1000 * (i + 1) });
      s().next({ deckId, now: T0 + 1000 * (i + 1) + 500 });
    });
    const a = s().quiz.active[deckId]!;
    expect(a.finishedAt).toBe(T0 + 1000 * order.length + 500);
    expect(a.answers.filter((r) => r.correct)).toHaveLength(order.length - 1);
    expect(s().quiz.attempts.map((x) => x.id)).toEqual([a.id]);
    expect(s().quiz.best[deckId]).toMatchObject({ correct: order.length - 1, total: order.length, attemptId: a.id });
    expect(JSON.parse(saved()!).state.quiz.best[deckId].correct).toBe(order.length - 1);
  });

  it("scores an answer once, however often it is given", async () => {
    const { store } = await storeWith();
    startAll(store);
    const id = store.getState().quiz.active[deckId]!.questionIds[0]!;
    store.getState().answer({ deckId, question: q(id), given: "nope", now: T0 + 10 });
    store.getState().answer({ deckId, question: q(id), given: q(id).answer, now: T0 + 20 });
    const answers = store.getState().quiz.active[deckId]!.answers;
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ given: "nope", correct: false, ms: 10 });
  });

  it("ignores an answer to a question that is not on screen", async () => {
    const { store } = await storeWith();
    startAll(store);
    const second = store.getState().quiz.active[deckId]!.questionIds[1]!;
    store.getState().answer({ deckId, question: q(second), given: q(second).answer, now: T0 + 10 });
    expect(store.getState().quiz.active[deckId]!.answers).toEqual([]);
  });

  it("in test mode moves on by itself after each answer", async () => {
    const { store } = await storeWith();
    startAll(store, "test");
    const id = store.getState().quiz.active[deckId]!.questionIds[0]!;
    store.getState().answer({ deckId, question: q(id), given: "x", now: T0 + 10 });
    expect(store.getState().quiz.active[deckId]!.current).toBe(1);
  });

  it("retries only the mistakes, and a retry does not change the best score", async () => {
    const { store } = await storeWith();
    startAll(store, "test");
    const ids = store.getState().quiz.active[deckId]!.questionIds;
    ids.forEach((id, i) =>
      store.getState().answer({
        deckId,
        question: q(id),
        given: i < 2 ? "wrong" : q(id).type === "ordering" ? q(id).items!.join(" → ") : q(id).answer,
        now: T0 + i,
      }),
    );
    const best = store.getState().quiz.best[deckId];
    expect(store.getState().retryMistakes({ deckId, seed: 3, now: T0 + 100 })).toBe(true);
    const retry = store.getState().quiz.active[deckId]!;
    expect([...retry.questionIds].sort()).toEqual(ids.slice(0, 2).sort());
    retry.questionIds.forEach((id, i) =>
      store.getState().answer({ deckId, question: q(id), given: q(id).answer, now: T0 + 200 + i }),
    );
    expect(store.getState().quiz.active[deckId]!.finishedAt).toBeDefined();
    expect(store.getState().quiz.best[deckId]).toEqual(best);
    expect(store.getState().quiz.attempts).toHaveLength(2);
  });

  it("refuses a quiz with no questions, and quitting drops only the active attempt", async () => {
    const { store } = await storeWith();
    expect(
      store
        .getState()
        .startQuiz({ deck: fixtureDeck, settings: { count: 5, types: [], mode: "practice" }, seed: 1, now: T0 }),
    ).toBe(false);
    expect(store.getState().quiz.active[deckId]).toBeUndefined();
    startAll(store);
    store.getState().closeQuiz(deckId);
    expect(store.getState().quiz.active[deckId]).toBeUndefined();
    expect(store.getState().quiz.lastSettings?.count).toBe(0);
  });

  it("resumes the same question with the answers so far in a new store over the same storage", async () => {
    const { store, kv } = await storeWith();
    startAll(store);
    const first = store.getState().quiz.active[deckId]!;
    store.getState().answer({ deckId, question: q(first.questionIds[0]!), given: "x", now: T0 + 5 });
    const { store: again } = await storeWith(Object.fromEntries(kv.data));
    expect(again.getState().quiz.active[deckId]).toEqual(store.getState().quiz.active[deckId]);
    expect(again.getState().meta).toMatchObject({ hydrated: true, readOnly: false, notices: [] });
  });

  it("writes nothing before hydration, so saved data cannot be overwritten unread", async () => {
    const { kv } = await storeWith();
    const { createAppStore } = await import("@/lib/store/app-store");
    kv.data.set(STORE_NAME, "precious");
    const early = createAppStore({ storage: kv });
    early.getState().startQuiz({
      deck: fixtureDeck,
      settings: { count: 2, types: ["numeric", "cloze"], mode: "practice" },
      seed: 1,
      now: T0,
    });
    expect(kv.data.get(STORE_NAME)).toBe("precious");
  });
});
