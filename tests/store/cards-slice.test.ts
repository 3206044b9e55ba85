import { describe, expect, it } from "vitest";
import { createAppStore, STORE_NAME } from "@/lib/store/app-store";
import { memoryStorage } from "@/lib/store/storage";
import { gradeCard } from "@/lib/srs/scheduler";
import { buildQueue } from "@/lib/srs/queue";
import { cardKey } from "@/lib/srs/card-key";
import { fixtureDeck } from "../fixtures/cards-deck";
import { CardState } from "@/lib/schemas/card-state";

const NOW = Date.UTC(2025, 2, 3, 9, 0);
const D = fixtureDeck.id;
const question = (id: string) => fixtureDeck.questions.find((x) => x.id === id)!;

async function open(kv = memoryStorage()) {
  const store = createAppStore({ storage: kv });
  await store.persist.rehydrate();
  return { store, kv, s: () => store.getState() };
}

describe("cards slice", () => {
  it("grades, persists, and finds the cards again after a reload", async () => {
    const { s, kv } = await open();
    s().gradeCard({ deckId: D, questionId: "q-mc", grade: 4, now: NOW, schedule: gradeCard });
    expect(s().cards.reviewLog).toHaveLength(1);
    const saved = JSON.parse(kv.getItem(STORE_NAME)!);
    expect(saved.state.cards.cards[cardKey(D, "q-mc")].state).toBe(CardState.Review);
    const again = await open(kv);
    expect(again.s().cards).toEqual(s().cards);
    expect(again.s().meta.notices).toEqual([]);
  });

  it("undo restores the card exactly, also after a reload", async () => {
    const { s, kv } = await open();
    s().gradeCard({ deckId: D, questionId: "q-mc", grade: 4, now: NOW, schedule: gradeCard });
    const before = s().cards;
    s().gradeCard({ deckId: D, questionId: "q-mc", grade: 1, now: NOW + 86_400_000 * 3, schedule: gradeCard });
    const reloaded = await open(kv);
    reloaded.s().undoGrade();
    expect(reloaded.s().cards.cards).toEqual(before.cards);
    expect(reloaded.s().cards.reviewLog).toEqual(before.reviewLog);
  });

  it("a question missed in a quiz makes its card due now; a right answer does not", async () => {
    const { s } = await open();
    s().setDailyNewLimit(0);
    expect(buildQueue({ decks: [fixtureDeck], data: s().cards, now: NOW, utcOffsetMinutes: 0 }).items).toEqual([]);
    s().startQuiz({
      deck: fixtureDeck,
      settings: { count: 0, types: ["multiple-choice", "numeric"], mode: "practice" },
      seed: 1,
      now: NOW,
    });
    for (let i = 0; i < 2; i++) {
      const id = s().quiz.active[D]!.questionIds[s().quiz.active[D]!.current]!;
      s().answer({
        deckId: D,
        question: question(id),
        given: id === "q-mc" ? "Paris" : "1.6 billion pounds",
        now: NOW + i * 1000 + 1,
      });
      s().next({ deckId: D, now: NOW + i * 1000 + 2 });
    }
    const queue = buildQueue({ decks: [fixtureDeck], data: s().cards, now: NOW + 5000, utcOffsetMinutes: 0 });
    expect(queue.items.map((i) => i.questionId)).toEqual(["q-mc"]);
    expect(queue.counts.due).toBe(1);
  });

  it("sets aside a saved card that fails its schema, keeping a backup; the rest loads", async () => {
    const kv = memoryStorage();
    const { s } = await open(kv);
    s().gradeCard({ deckId: D, questionId: "q-mc", grade: 4, now: NOW, schedule: gradeCard });
    const saved = JSON.parse(kv.getItem(STORE_NAME)!);
    saved.state.cards.cards[cardKey(D, "q-mc")].state = 9;
    const raw = JSON.stringify(saved);
    kv.setItem(STORE_NAME, raw);
    const again = await open(kv);
    expect(again.s().cards.cards).toEqual({});
    expect(again.s().cards.reviewLog).toHaveLength(1);
    expect(again.s().meta.notices[0]).toMatchObject({ kind: "corrupt", setAside: 1 });
    expect([...kv.data.values()]).toContain(raw);
  });
});
