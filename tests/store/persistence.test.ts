import { describe, expect, it } from "vitest";
import { STORE_NAME } from "@/lib/store/app-store";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import v0 from "../fixtures/persisted/v0.json";
import { fixtureDeck, q } from "../fixtures/deck";
import { storeWith, startAll, T0 } from "./helpers";

const deckId = fixtureDeck.id;

describe("migration", () => {
  it("reads a version-0 save: finished attempts, the best score and the quiz in progress", async () => {
    const { store, saved } = await storeWith({ [STORE_NAME]: JSON.stringify(v0) });
    const { quiz, meta } = store.getState();
    expect(meta.notices).toEqual([]);
    expect(quiz.attempts).toHaveLength(1);
    expect(quiz.attempts[0]).toMatchObject({
      id: "old-1",
      startedAt: Date.parse("2025-03-04T10:00:00.000Z"),
      mode: "practice",
    });
    expect(quiz.best[deckId]).toMatchObject({ correct: 1, total: 2, attemptId: "old-1" });
    expect(quiz.active[deckId]).toMatchObject({
      id: "old-2",
      current: 1,
      answers: [{ questionId: "q-num", correct: true }],
    });
    // The migrated state is written back at the current version.
    expect(JSON.parse(saved()!).version).toBe(PERSIST_VERSION);
    expect(JSON.parse(saved()!).state.quiz.attempts[0].id).toBe("old-1");
  });

  it("treats a version-0 save that does not match version 0 as corrupt", async () => {
    const bad = { ...v0, state: { attempts: "nope" } };
    const { store, kv } = await storeWith({ [STORE_NAME]: JSON.stringify(bad) });
    expect(store.getState().meta.notices).toMatchObject([{ kind: "corrupt", backupKey: `${STORE_NAME}:backup:1` }]);
    expect(kv.data.get(`${STORE_NAME}:backup:1`)).toBe(JSON.stringify(bad));
  });
});

describe("corrupt saved data", () => {
  const cases: [string, string][] = [
    ["truncated JSON", JSON.stringify({ state: { quiz: { attempts: [] } }, version: 1 }).slice(0, 20)],
    ["JSON without a version", JSON.stringify({ quiz: {} })],
    [
      "valid JSON failing the schema",
      JSON.stringify({ state: { quiz: { attempts: [{ id: 1 }], active: {}, best: {} } }, version: 1 }),
    ],
    [
      "a deck id that is not one",
      JSON.stringify({
        state: {
          quiz: { attempts: [], active: {}, best: { "Not An Id!": { correct: 1, total: 1, attemptId: "a", at: 1 } } },
        },
        version: 1,
      }),
    ],
  ];
  it.each(cases)("%s: keeps the raw value under a backup key, starts empty with a notice", async (_, raw) => {
    const { store, kv, saved } = await storeWith({ [STORE_NAME]: raw });
    expect(store.getState().meta.notices).toEqual([
      expect.objectContaining({ kind: "corrupt", backupKey: `${STORE_NAME}:backup:1` }),
    ]);
    expect(store.getState().readRaw(`${STORE_NAME}:backup:1`)).toBe(raw);
    expect(store.getState().quiz.attempts).toEqual([]);
    // Starting fresh is saved under the store's key; the backup is untouched.
    startAll(store);
    expect(JSON.parse(saved()!).state.quiz.active[deckId]).toBeDefined();
    expect(kv.data.get(`${STORE_NAME}:backup:1`)).toBe(raw);
  });

  it("drops a __proto__ key without touching any prototype", async () => {
    const raw = `{"state":{"quiz":{"attempts":[],"active":{},"best":{"__proto__":{"polluted":true,"correct":1,"total":1,"attemptId":"a","at":1}}}},"version":1}`;
    const { store } = await storeWith({ [STORE_NAME]: raw });
    const best = store.getState().quiz.best;
    expect(Object.getPrototypeOf(best)).toBe(Object.prototype);
    expect(Object.keys(best)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never overwrites an earlier backup", async () => {
    const { kv } = await storeWith({ [STORE_NAME]: "{broken", [`${STORE_NAME}:backup:1`]: "older" });
    expect(kv.data.get(`${STORE_NAME}:backup:1`)).toBe("older");
    expect(kv.data.get(`${STORE_NAME}:backup:2`)).toBe("{broken");
  });

  it("turns saving off when the backup itself cannot be written, leaving the saved value as it was", async () => {
    const raw = "{broken" + "x".repeat(100);
    const { store, saved } = await storeWith({ [STORE_NAME]: raw }, raw.length + 10);
    expect(store.getState().meta).toMatchObject({ readOnly: true, notices: [{ kind: "corrupt" }] });
    expect(store.getState().meta.notices[0]).not.toHaveProperty("backupKey");
    startAll(store);
    expect(saved()).toBe(raw);
  });

  it("a valid save raises no notice and makes no backup", async () => {
    const first = await storeWith();
    startAll(first.store);
    const { store, kv } = await storeWith(Object.fromEntries(first.kv.data));
    expect(store.getState().meta.notices).toEqual([]);
    expect([...kv.data.keys()]).toEqual([STORE_NAME]);
  });
});

describe("a save from a newer version", () => {
  it("is shown read-only: nothing is written, with a notice", async () => {
    const first = await storeWith();
    startAll(first.store);
    const newer = JSON.stringify({ ...JSON.parse(first.saved()!), version: PERSIST_VERSION + 1 });
    const { store, saved } = await storeWith({ [STORE_NAME]: newer });
    expect(store.getState().meta).toMatchObject({
      readOnly: true,
      notices: [{ kind: "newer", version: PERSIST_VERSION + 1 }],
    });
    expect(store.getState().quiz.active[deckId]).toBeDefined();
    store.getState().closeQuiz(deckId);
    expect(saved()).toBe(newer);
  });

  it("that this version cannot read is left alone, not backed up as corrupt", async () => {
    const newer = JSON.stringify({ state: { quiz: "a new shape" }, version: PERSIST_VERSION + 5 });
    const { store, kv } = await storeWith({ [STORE_NAME]: newer });
    expect(store.getState().meta.notices.map((n) => n.kind)).toEqual(["newer"]);
    expect([...kv.data.keys()]).toEqual([STORE_NAME]);
  });
});

describe("a full storage", () => {
  it("tells the user progress is not saved, and clears the notice once a write succeeds", async () => {
    const { store, kv, saved } = await storeWith({}, 400);
    startAll(store);
    expect(store.getState().meta.notices).toEqual([{ kind: "write-failed" }]);
    const before = saved();
    expect(before === undefined || before.length <= 400).toBe(true);
    store.getState().closeQuiz(deckId);
    // With the quiz gone the state fits again: it is saved and the notice goes.
    expect(store.getState().meta.notices).toEqual([]);
    expect(JSON.parse(kv.data.get(STORE_NAME)!).state.quiz.active).toEqual({});
  });

  it("keeps the answers in memory when they cannot be saved", async () => {
    const { store } = await storeWith({}, 400);
    startAll(store);
    const id = store.getState().quiz.active[deckId]!.questionIds[0]!;
    store.getState().answer({ deckId, question: q(id), given: "x", now: T0 + 1 });
    expect(store.getState().quiz.active[deckId]!.answers).toHaveLength(1);
  });
});

describe("nothing saved until there is something to save", () => {
  it("a visit that changes nothing leaves storage empty; the first change is saved, and so is a reset after it", async () => {
    const { store, kv, saved } = await storeWith();
    store.getState().dismissNotice("write-failed"); // meta changes are not progress
    store.getState().setHydrated(false);
    expect(kv.data.size).toBe(0);
    startAll(store);
    expect(JSON.parse(saved()!).state.quiz.active[deckId]).toBeDefined();
    store.getState().resetProgress(T0 + 1);
    // Back to the start, but over a save: written, so the reset sticks after a reload.
    expect(JSON.parse(saved()!).state.quiz.active[deckId]).toBeUndefined();
  });
});
