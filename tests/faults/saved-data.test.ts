// Faults in what the browser kept: cut short, wrong shape, old versions, a newer version, a full storage.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import { reviewTotal } from "@/lib/srs/review-history";
import { DECK, STORE_NAME, T0, answerCurrent, grade, openTab, richSave, startQuiz, storageWith } from "./helpers";

const backupOf = (kv: ReturnType<typeof storageWith>, n = 1) => kv.getItem(`${STORE_NAME}:backup:${n}`);

describe("saved data cut short (truncated)", () => {
  it("at any length: the raw text is kept whole as a backup, the app starts afresh with a corrupt notice", async () => {
    const raw = await richSave();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: raw.length - 1 }), async (cut) => {
        const kv = storageWith(raw.slice(0, cut));
        const store = await openTab(kv);
        expect(store.getState().meta.notices).toEqual([
          expect.objectContaining({ kind: "corrupt", backupKey: `${STORE_NAME}:backup:1` }),
        ]);
        expect(backupOf(kv)).toBe(raw.slice(0, cut));
        expect(store.getState().quiz.attempts).toEqual([]);
        // Carrying on is saved, and the backup stays as it was.
        grade(store, "q-mc", T0);
        expect(JSON.parse(kv.getItem(STORE_NAME)!).state.cards.reviewLog).toHaveLength(1);
        expect(backupOf(kv)).toBe(raw.slice(0, cut));
      }),
      { numRuns: 40 },
    );
  });
});

describe("valid JSON that fails the schema", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- saved JSON is spoiled on purpose, field by field
  type Saved = { state: any };
  const wrong: [string, (s: Saved) => void][] = [
    ["a review graded 7", (s) => (s.state.cards.reviewLog[0].rating = 7)],
    [
      "a card key that is not one",
      (s) => (s.state.cards.cards["no key"] = s.state.cards.cards[Object.keys(s.state.cards.cards)[0]!]),
    ],
    ["attempts that are not a list", (s) => (s.state.quiz.attempts = { 0: "x" })],
    ["a negative time", (s) => (s.state.quiz.attempts[0].startedAt = -5)],
  ];
  it.each(wrong)("%s: backed up byte for byte, with a notice that says why", async (_, spoil) => {
    const saved = JSON.parse(await richSave());
    spoil(saved);
    const raw = JSON.stringify(saved);
    const kv = storageWith(raw);
    const store = await openTab(kv);
    const [notice] = store.getState().meta.notices;
    expect(notice).toMatchObject({
      kind: "corrupt",
      backupKey: `${STORE_NAME}:backup:1`,
      reason: expect.stringMatching(/failed validation \(.+\)/),
    });
    expect(store.getState().readRaw(`${STORE_NAME}:backup:1`)).toBe(raw);
  });
});

describe("a save from an older version", () => {
  const dirs = [path.join(__dirname, "../fixtures/persisted"), path.join(__dirname, "fixtures")];
  const fixtures = dirs.flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => /^v\d+\.json$/.test(f))
      .map((f) => path.join(d, f)),
  );

  it("has a fixture for every version this app has written", () => {
    const versions = fixtures.map((f) => JSON.parse(fs.readFileSync(f, "utf8")).version as number);
    for (let v = 0; v <= PERSIST_VERSION; v++) expect(versions, `a saved-state fixture of version ${v}`).toContain(v);
  });

  it.each(fixtures.map((f) => [path.basename(f), f]))(
    "%s loads with nothing lost and is saved back at the current version",
    async (_, file) => {
      const raw = fs.readFileSync(file, "utf8");
      const kv = storageWith(raw);
      const store = await openTab(kv);
      expect(store.getState().meta.notices).toEqual([]);
      const old = JSON.parse(raw).state;
      const { quiz, cards } = store.getState();
      // Every finished attempt of the old save is in the history (version 0 kept them at the top level).
      const finished = ((old.attempts ?? old.quiz.attempts) as { id: string; finishedAt?: unknown }[])
        .filter((a) => a.finishedAt != null)
        .map((a) => a.id);
      expect(finished.length).toBeGreaterThan(0);
      expect(quiz.attempts.map((a) => a.id)).toEqual(expect.arrayContaining(finished));
      if (old.quiz) expect(quiz).toEqual(old.quiz);
      // Reviews older than the full log keeps are folded into counts since version 3: none is lost.
      if (old.cards)
        expect({ ...cards, reviewLog: undefined, reviewHistory: undefined }).toEqual({
          ...old.cards,
          reviewLog: undefined,
          reviewHistory: undefined,
        });
      if (old.cards) expect(reviewTotal(cards)).toBe(reviewTotal(old.cards));
      // The log keeps the newest reviews in full, exactly as they were.
      if (old.cards)
        expect(cards.reviewLog).toEqual(old.cards.reviewLog.slice(old.cards.reviewLog.length - cards.reviewLog.length));
      if (old.tombstones) expect(store.getState().tombstones).toEqual(old.tombstones);
      // Using the app writes the current version, keeping what was there.
      startQuiz(store, T0 + 30 * 86_400_000, 9);
      answerCurrent(store, T0 + 30 * 86_400_000 + 5);
      const saved = JSON.parse(kv.getItem(STORE_NAME)!);
      expect(saved.version).toBe(PERSIST_VERSION);
      expect(saved.state.quiz.attempts.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(finished));
    },
  );
});

describe("a save from a newer version", () => {
  it("is shown read-only with a notice, and not one byte is written", async () => {
    const saved = JSON.parse(await richSave());
    const raw = JSON.stringify({ ...saved, version: PERSIST_VERSION + 1 });
    const kv = storageWith(raw);
    const store = await openTab(kv);
    expect(store.getState().meta).toMatchObject({
      readOnly: true,
      notices: [{ kind: "newer", version: PERSIST_VERSION + 1 }],
    });
    expect(store.getState().cards.reviewLog).toHaveLength(2);
    answerCurrent(store, T0 + 99);
    grade(store, "q-cloze", T0 + 100);
    store.getState().closeQuiz(DECK);
    expect([...kv.data.entries()]).toEqual([[STORE_NAME, raw]]);
  });
});

describe("storage full", () => {
  /** A storage holding `raw` whose quota can be raised later, as when the user frees room. */
  function fullStorage(raw: string, quota: number) {
    const data = new Map([[STORE_NAME, raw]]);
    const box = { quota };
    const setItem = (k: string, v: string) => {
      const size = [...data].reduce((n, [key, val]) => n + (key === k ? 0 : val.length), v.length);
      if (size > box.quota) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      data.set(k, v);
    };
    return {
      box,
      data,
      setItem,
      getItem: (k: string) => data.get(k) ?? null,
      removeItem: (k: string) => void data.delete(k),
    };
  }

  it("says progress is not being saved, keeps it in memory, and saves it all once there is room", async () => {
    const raw = await richSave();
    const kv = fullStorage(raw, raw.length + 50);
    const store = await openTab(kv);
    grade(store, "q-cloze", T0 + 5 * 86_400_000);
    grade(store, "q-num", T0 + 5 * 86_400_000 + 1);
    expect(store.getState().meta.notices).toEqual([{ kind: "write-failed" }]);
    expect(store.getState().cards.reviewLog).toHaveLength(4);
    // What was saved before is intact, not half-written.
    expect(kv.getItem(STORE_NAME)).toBe(raw);
    kv.box.quota = Infinity;
    grade(store, "q-who", T0 + 5 * 86_400_000 + 2);
    expect(store.getState().meta.notices).toEqual([]);
    expect(JSON.parse(kv.getItem(STORE_NAME)!).state.cards.reviewLog).toHaveLength(5);
  });
});
