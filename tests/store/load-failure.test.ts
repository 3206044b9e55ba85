import { afterEach, expect, it, vi } from "vitest";
import { memoryStorage } from "@/lib/store/storage";

afterEach(() => {
  vi.doUnmock("@/lib/store/read-back");
  vi.resetModules();
});

it("when the read-back code fails to load, nothing is read or written and the user is told", async () => {
  vi.resetModules();
  vi.doMock("@/lib/store/read-back", () => {
    throw new Error("ChunkLoadError");
  });
  const { createAppStore, STORE_NAME } = await import("@/lib/store/app-store");
  const kv = memoryStorage({ [STORE_NAME]: "saved bytes" });
  const store = createAppStore({ storage: kv });
  await store.persist.rehydrate();
  expect(store.getState().meta).toMatchObject({ hydrated: true, readOnly: true, notices: [{ kind: "unavailable" }] });
  store.getState().closeQuiz("fixture-deck-0001");
  store.getState().dismissNotice("unavailable");
  expect(Object.fromEntries(kv.data)).toEqual({ [STORE_NAME]: "saved bytes" });
});

it("with nothing saved, the read-back code is not loaded at all, and saving works", async () => {
  vi.resetModules();
  let loads = 0;
  vi.doMock("@/lib/store/read-back", () => {
    loads++;
    throw new Error("ChunkLoadError");
  });
  const { createAppStore, STORE_NAME } = await import("@/lib/store/app-store");
  const kv = memoryStorage();
  const store = createAppStore({ storage: kv });
  await store.persist.rehydrate();
  expect(loads).toBe(0);
  expect(store.getState().meta).toMatchObject({ hydrated: true, readOnly: false, notices: [] });
  store.getState().setDailyNewLimit(7);
  expect(JSON.parse(kv.getItem(STORE_NAME)!).state.cards.settings.dailyNewLimit).toBe(7);
  expect(loads).toBe(0);
});

it("two tabs opened at once on a first visit: the later save waits for the merge code, then keeps both tabs' work", async () => {
  vi.resetModules();
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  vi.doMock("@/lib/store/read-back", async () => {
    await gate;
    return await vi.importActual("@/lib/store/read-back");
  });
  const { createAppStore, STORE_NAME } = await import("@/lib/store/app-store");
  const { fixtureDeck } = await import("../fixtures/deck");
  const { gradeCard } = await import("@/lib/srs/scheduler");
  const kv = memoryStorage();
  const [a, b] = [createAppStore({ storage: kv }), createAppStore({ storage: kv })];
  await Promise.all([a.persist.rehydrate(), b.persist.rehydrate()]); // both read an empty storage
  const deckId = fixtureDeck.id;
  const types = [...new Set(fixtureDeck.questions.map((x) => x.type))];
  expect(
    a.getState().startQuiz({ deck: fixtureDeck, settings: { count: 0, types, mode: "practice" }, seed: 3, now: 1000 }),
  ).toBeTruthy();
  const aSave = kv.getItem(STORE_NAME);
  const [q1, q2] = fixtureDeck.questions;
  b.getState().gradeCard({ deckId, questionId: q1!.id, grade: 3, now: 2000, schedule: gradeCard });
  b.getState().gradeCard({ deckId, questionId: q2!.id, grade: 3, now: 3000, schedule: gradeCard });
  expect(kv.getItem(STORE_NAME)).toBe(aSave); // held back: tab A's save is not written over
  release();
  await vi.waitFor(() => expect(kv.getItem(STORE_NAME)).not.toBe(aSave));
  const saved = JSON.parse(kv.getItem(STORE_NAME)!).state;
  expect(saved.quiz.active[deckId]).toBeDefined(); // tab A's quiz
  expect(saved.cards.reviewLog).toHaveLength(2); // tab B's two reviews
  expect(b.getState().quiz.active[deckId]).toBeDefined(); // and tab B now shows both
});
