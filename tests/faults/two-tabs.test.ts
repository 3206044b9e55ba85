// Two tabs of the app on one storage, each acting before it has seen the other's save.
import { describe, expect, it } from "vitest";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import { mergeTabs } from "@/lib/store/cross-tab";
import { DAY, DECK, STORE_NAME, T0, answerCurrent, grade, openTab, richSave, startQuiz, storageWith } from "./helpers";

const logIds = (s: { getState(): { cards: { reviewLog: { id: string }[] } } }) =>
  s
    .getState()
    .cards.reviewLog.map((e) => e.id)
    .sort();

describe("two tabs answering at once", () => {
  it("both tabs' answers and reviews survive a reload", async () => {
    const kv = storageWith(await richSave());
    const [a, b] = [await openTab(kv), await openTab(kv)];
    const now = T0 + 3 * DAY;
    const answered = answerCurrent(a, now); // tab A: the quiz in progress
    grade(b, "q-cloze", now + 10); // tab B, not knowing A's answer: reviews a card
    grade(a, "q-who", now + 20);
    grade(b, "q-num", now + 30);
    const reloaded = await openTab(kv);
    expect(reloaded.getState().meta.notices).toEqual([]);
    expect(reloaded.getState().quiz.active[DECK]!.answers.map((x) => x.questionId)).toContain(answered);
    expect(logIds(reloaded)).toHaveLength(2 + 3);
    for (const q of ["q-cloze", "q-who", "q-num"])
      expect(reloaded.getState().cards.cards[`${DECK}::${q}`]?.reps).toBe(1);
    // The tab that saved last shows everything too, without a reload.
    expect(logIds(b)).toEqual(logIds(reloaded));
    expect(b.getState().quiz.active[DECK]!.answers.map((x) => x.questionId)).toContain(answered);
  });

  it("a quiz finished in one tab is not brought back as in progress by the other", async () => {
    const kv = storageWith();
    const a = await openTab(kv);
    startQuiz(a);
    const b = await openTab(kv);
    for (let i = 0; i < 6; i++) answerCurrent(a, T0 + i * 100);
    expect(a.getState().quiz.active[DECK]?.finishedAt).toBeDefined();
    a.getState().closeQuiz(DECK);
    grade(b, "q-mc", T0 + DAY);
    const reloaded = await openTab(kv);
    expect(reloaded.getState().quiz.attempts).toHaveLength(1);
    expect(reloaded.getState().quiz.active[DECK]).toBeUndefined();
    expect(logIds(reloaded)).toHaveLength(1);
  });

  it("a tab of a newer version saving meanwhile makes this one read-only; its save is left alone", async () => {
    const kv = storageWith(await richSave());
    const a = await openTab(kv);
    const newer = JSON.stringify({ state: { quiz: "a shape from the future" }, version: PERSIST_VERSION + 1 });
    kv.setItem(STORE_NAME, newer);
    grade(a, "q-cloze", T0 + 4 * DAY);
    expect(a.getState().meta).toMatchObject({
      readOnly: true,
      notices: [{ kind: "newer", version: PERSIST_VERSION + 1 }],
    });
    expect(kv.getItem(STORE_NAME)).toBe(newer);
    expect(a.getState().cards.reviewLog).toHaveLength(3); // kept in memory
  });

  it("something unreadable saved meanwhile is kept as a backup, then this tab's state is saved", async () => {
    const kv = storageWith(await richSave());
    const a = await openTab(kv);
    kv.setItem(STORE_NAME, '{"state": {"quiz": 5}, "version": 1}');
    grade(a, "q-cloze", T0 + 4 * DAY);
    expect(a.getState().meta.notices).toEqual([
      expect.objectContaining({ kind: "corrupt", backupKey: `${STORE_NAME}:backup:1` }),
    ]);
    expect(kv.getItem(`${STORE_NAME}:backup:1`)).toBe('{"state": {"quiz": 5}, "version": 1}');
    expect(JSON.parse(kv.getItem(STORE_NAME)!).state.cards.reviewLog).toHaveLength(3);
  });
});

describe("mergeTabs", () => {
  it("keeps this tab's settings and undo, takes the further copy of a shared quiz in progress", async () => {
    const kv = storageWith(await richSave());
    const [a, b] = [await openTab(kv), await openTab(kv)];
    a.getState().setDailyNewLimit(3);
    answerCurrent(b, T0 + 5 * DAY);
    grade(b, "q-cloze", T0 + 5 * DAY + 1);
    const pick = (s: typeof a) => ({ quiz: s.getState().quiz, cards: s.getState().cards });
    const merged = mergeTabs(pick(a), pick(b));
    expect(merged.cards!.settings.dailyNewLimit).toBe(3);
    expect(merged.cards!.lastUndo).toEqual(a.getState().cards.lastUndo);
    expect(merged.quiz!.active[DECK]!.answers).toHaveLength(b.getState().quiz.active[DECK]!.answers.length);
    expect(merged.cards!.reviewLog).toHaveLength(3);
  });
});
