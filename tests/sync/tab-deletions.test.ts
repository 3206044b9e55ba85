// A deletion in one tab (quit quiz, forgotten deck, reset, undone grade, replacing import) must not be
// brought back by another tab's older copy when the tabs' saves are merged; work done meanwhile stays.
import { describe, expect, it } from "vitest";
import { mergeTabs } from "@/lib/store/cross-tab";
import { buildProgressFile } from "@/lib/transfer/export-progress";
import {
  DAY,
  DECK,
  STORE_NAME,
  T0,
  answerCurrent,
  grade,
  openTab,
  persistedOf,
  richSave,
  startQuiz,
  storageWith,
  type Store,
} from "../faults/helpers";

const logIds = (s: Store) =>
  s
    .getState()
    .cards.reviewLog.map((e) => e.id)
    .sort();
const savedState = (kv: ReturnType<typeof storageWith>) => JSON.parse(kv.getItem(STORE_NAME)!).state;

/** Two tabs over one storage holding a rich save (history, a quiz in progress, two reviews). */
async function twoTabs() {
  const kv = storageWith(await richSave());
  const [a, b] = [await openTab(kv), await openTab(kv)];
  return { kv, a, b };
}

describe("a quiz quit in one tab", () => {
  it("stays gone when the other tab, still showing it, answers it and saves", async () => {
    const { kv, a, b } = await twoTabs();
    const quit = a.getState().quiz.active[DECK]!.id;
    a.getState().closeQuiz(DECK);
    answerCurrent(b, T0 + 3 * DAY);
    expect(b.getState().quiz.active[DECK]).toBeUndefined(); // B took A's quit in before saving
    expect(savedState(kv).quiz.active[DECK]).toBeUndefined();
    const reloaded = await openTab(kv);
    expect(reloaded.getState().quiz.active[DECK]).toBeUndefined();
    expect(reloaded.getState().tombstones.attempts.map((x) => x.id)).toContain(quit);
  });

  it("stays gone in the quitting tab when it merges the other tab's earlier save", async () => {
    const { kv, a, b } = await twoTabs();
    answerCurrent(b, T0 + 3 * DAY); // B saves first, with the quiz in progress
    a.getState().closeQuiz(DECK); // A quits, merging B's save into its own
    expect(a.getState().quiz.active[DECK]).toBeUndefined();
    expect((await openTab(kv)).getState().quiz.active[DECK]).toBeUndefined();
  });

  it("replaced by a new quiz in one tab: the other tab's answer to the old one does not bring it back", async () => {
    const { kv, a, b } = await twoTabs();
    startQuiz(a, T0 + 3 * DAY, 11);
    const fresh = a.getState().quiz.active[DECK]!.id;
    answerCurrent(b, T0 + 3 * DAY + 10);
    expect(b.getState().quiz.active[DECK]!.id).toBe(fresh);
    expect((await openTab(kv)).getState().quiz.active[DECK]!.id).toBe(fresh);
  });
});

describe("a deck forgotten in one tab", () => {
  it("stays forgotten when the other tab saves its older copy; what that tab does afterwards stays", async () => {
    const { kv, a, b } = await twoTabs();
    a.getState().forgetDeck(DECK, T0 + 3 * DAY);
    b.getState().setDailyNewLimit(7); // any save
    const after = await openTab(kv);
    expect(after.getState().quiz.attempts).toEqual([]);
    expect(after.getState().quiz.active).toEqual({});
    expect(after.getState().quiz.best).toEqual({});
    expect(after.getState().cards.cards).toEqual({});
    expect(after.getState().cards.reviewLog).toEqual([]);
    grade(b, "q-who", T0 + 4 * DAY); // a review after the deletion (the deck made again) is kept
    expect(logIds(await openTab(kv))).toEqual([`${DECK}::q-who@${T0 + 4 * DAY}`]);
  });
});

describe("a forgotten deck's tombstone", () => {
  it("keeps no trace of the deck's id (made from its title): the tombstone holds a hash, undone grades of it go", async () => {
    const { kv, a } = await twoTabs();
    grade(a, "q-who", T0 + 3 * DAY);
    a.getState().undoGrade();
    expect(kv.getItem(STORE_NAME)).toContain(`"key":"${DECK}::q-who"`);
    a.getState().forgetDeck(DECK, T0 + 4 * DAY);
    expect(kv.getItem(STORE_NAME)).not.toContain(DECK);
    expect(a.getState().tombstones.decks).toHaveLength(1);
  });
});

describe("progress reset in one tab", () => {
  it("stays reset when the other tab saves; the other tab's later review is kept", async () => {
    const { kv, a, b } = await twoTabs();
    expect(a.getState().resetProgress(T0 + 3 * DAY)).toBe("done");
    grade(b, "q-num", T0 + 3 * DAY + 5);
    const after = await openTab(kv);
    expect(after.getState().quiz.attempts).toEqual([]);
    expect(after.getState().quiz.active).toEqual({});
    expect(logIds(after)).toEqual([`${DECK}::q-num@${T0 + 3 * DAY + 5}`]);
    expect(Object.keys(after.getState().cards.cards)).toEqual([`${DECK}::q-num`]);
  });

  it("an import that replaced everything is not undone by the other tab's older copy", async () => {
    const { kv, a, b } = await twoTabs();
    const file = buildProgressFile(
      { attempts: [], active: {}, best: {} },
      { cards: {}, reviewLog: [], settings: { dailyNewLimit: 5 }, lastUndo: null },
      T0,
    );
    expect(a.getState().importProgress({ file, mode: "replace", now: T0 + 3 * DAY })).toBe("done");
    b.getState().setDailyNewLimit(9);
    const after = await openTab(kv);
    expect(after.getState().quiz.attempts).toEqual([]);
    expect(after.getState().cards.reviewLog).toEqual([]);
  });
});

describe("a grade undone in one tab", () => {
  it("does not come back (log entry or card) from the other tab's copy of it", async () => {
    const { kv, a, b } = await twoTabs();
    grade(a, "q-cloze", T0 + 3 * DAY);
    b.getState().setDailyNewLimit(8); // B merges A's grade and saves it
    expect(b.getState().cards.cards[`${DECK}::q-cloze`]).toBeDefined();
    a.getState().undoGrade();
    b.getState().setDailyNewLimit(9); // B saves its copy with the grade again
    const after = await openTab(kv);
    expect(logIds(after)).toHaveLength(2);
    expect(after.getState().cards.cards[`${DECK}::q-cloze`]).toBeUndefined();
    expect(b.getState().cards.cards[`${DECK}::q-cloze`]).toBeUndefined();
  });
});

describe("mergeTabs with tombstones", () => {
  it("two tabs answering at once still keep both answers (no deletion, nothing dropped)", async () => {
    const { a, b } = await twoTabs();
    grade(a, "q-who", T0 + 3 * DAY);
    grade(b, "q-num", T0 + 3 * DAY + 1);
    const merged = mergeTabs(persistedOf(a), persistedOf(b));
    expect(merged.cards!.reviewLog).toHaveLength(4);
  });

  it("a deletion both tabs know of drops nothing more: what a tab holds after it was put back on purpose", async () => {
    const { a, b } = await twoTabs();
    a.getState().closeQuiz(DECK);
    const both = mergeTabs(persistedOf(a), persistedOf(b));
    const held = { ...both, quiz: { ...both.quiz!, active: persistedOf(b).quiz.active } }; // e.g. imported again
    expect(mergeTabs(held, both).quiz!.active[DECK]).toBeDefined();
    expect(mergeTabs(both, held).quiz!.active[DECK]).toBeDefined();
  });
});
