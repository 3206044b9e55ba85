// Two tabs saving within the moment it takes localStorage to carry a write across: the later save misses the
// earlier one, and each tab hears of the other's save only afterwards (a `storage` event).
import { describe, expect, it } from "vitest";
import { withUndoSteps } from "@/lib/srs/undo";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import { createAppStore } from "@/lib/store/app-store";
import { DAY, DECK, STORE_NAME, T0, answerCurrent, grade, openTab, richSave, storageWith, type Store } from "./helpers";
import { delayedStorage } from "./delayed-tabs";

const logIds = (s: Store) =>
  s
    .getState()
    .cards.reviewLog.map((e) => e.id)
    .sort();
const answered = (s: Store) => s.getState().quiz.active[DECK]?.answers.map((x) => x.questionId) ?? [];
const data = (s: Store) => ({
  quiz: s.getState().quiz,
  cards: withUndoSteps(s.getState().cards, []),
  tombstones: s.getState().tombstones,
});

async function racingTabs() {
  const net = delayedStorage({ [STORE_NAME]: await richSave() });
  const [a, b] = [await net.open(), await net.open()];
  const now = T0 + 3 * DAY;
  const answer = answerCurrent(a, now); // tab A answers the quiz in progress (and moves on)
  grade(b, "q-cloze", now + 5); // tab B reviews 5 ms later, its copy of the save not yet showing A's answer
  return { net, a, b, answer, at: a.getState().quiz.active[DECK]!.current };
}

describe("two tabs saving in the same instant", () => {
  it("the later save misses the earlier one (the race is real in this storage)", async () => {
    const { net, answer } = await racingTabs();
    const onDisk = JSON.parse(net.disk.get(STORE_NAME)!).state;
    expect(onDisk.quiz.active[DECK].answers.map((x: { questionId: string }) => x.questionId)).not.toContain(answer);
    expect(onDisk.cards.reviewLog).toHaveLength(3);
  });

  it("once each tab hears of the other's save, both tabs and a reload hold the answer and the review", async () => {
    const { net, a, b, answer, at } = await racingTabs();
    const before = net.writes();
    const shown: number[] = [];
    const stop = a.subscribe((s) => void shown.push(s.quiz.active[DECK]!.current));
    await net.drain();
    stop();
    const reloaded = await openTab(storageWith(net.disk.get(STORE_NAME)));
    for (const s of [a, b, reloaded]) {
      expect(answered(s)).toContain(answer);
      expect(logIds(s)).toHaveLength(3);
      expect(s.getState().cards.cards[`${DECK}::q-cloze`]?.reps).toBe(1);
    }
    // A's quiz never stepped back a question, not even for a moment (B's save was made before A's "next").
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([at]));
    expect(data(a)).toEqual(data(reloaded));
    expect(data(b)).toEqual(data(reloaded));
    expect(reloaded.getState().meta.notices).toEqual([]);
    // A tab writes back only a save it heard that lacked its work: B heard 2 such (A's answer, A's move to the
    // next question), A 2 (B's review, then B's merge of A's answer made before A moved on); then the tabs fell
    // silent with nothing left to hear: no write goes back and forth.
    expect(net.writes() - before).toBeLessThanOrEqual(4);
    expect(net.tabs.every((t) => t.inbox.length === 0)).toBe(true);
  });

  it("a save that holds all this tab has is taken in without writing anything back", async () => {
    const net = delayedStorage({ [STORE_NAME]: await richSave() });
    const [a, b] = [await net.open(), await net.open()];
    grade(a, "q-num", T0 + 3 * DAY);
    const before = net.writes();
    await net.drain();
    expect(net.writes()).toBe(before);
    expect(logIds(b)).toEqual(logIds(a));
    expect(b.getState().cards.cards[`${DECK}::q-num`]?.reps).toBe(1);
    // B keeps its own undo, never A's: B's Undo button cannot take back A's grade.
    expect(a.getState().cards.lastUndo?.key).toBe(`${DECK}::q-num`);
    expect(b.getState().cards.lastUndo?.key).toBe(`${DECK}::q-tf`);
  });

  it("another tab's settings are taken, and a grade it undid stays undone here", async () => {
    const net = delayedStorage({ [STORE_NAME]: await richSave() });
    const [a, b] = [await net.open(), await net.open()];
    grade(a, "q-who", T0 + 3 * DAY);
    await net.drain();
    expect(logIds(b)).toHaveLength(3);
    a.getState().undoGrade();
    a.getState().setDailyNewLimit(7);
    await net.drain();
    expect(logIds(b)).toHaveLength(2);
    expect(b.getState().cards.cards[`${DECK}::q-who`]?.reps).toBe(0);
    expect(b.getState().cards.settings.dailyNewLimit).toBe(7);
  });

  it("a save of a newer version heard of: read-only with a notice, and nothing written over it", async () => {
    const net = delayedStorage({ [STORE_NAME]: await richSave() });
    const a = await net.open();
    const other = net.view(); // a tab of a newer app
    const newer = JSON.stringify({ state: { quiz: "a shape from the future" }, version: PERSIST_VERSION + 1 });
    other.kv.setItem(STORE_NAME, newer);
    await net.drain();
    expect(a.getState().meta).toMatchObject({
      readOnly: true,
      notices: [{ kind: "newer", version: PERSIST_VERSION + 1 }],
    });
    grade(a, "q-cloze", T0 + 4 * DAY);
    expect(net.disk.get(STORE_NAME)).toBe(newer);
    expect(a.getState().cards.reviewLog).toHaveLength(3); // kept in memory
  });

  it("an unreadable save heard of is kept as a backup with a notice, answered with no write; this tab's next change is saved", async () => {
    const net = delayedStorage({ [STORE_NAME]: await richSave() });
    const a = await net.open();
    const bad = '{"state": {"quiz": 5}, "version": 1}';
    net.view().kv.setItem(STORE_NAME, bad);
    const before = net.writes();
    await net.drain();
    expect(a.getState().meta.notices).toEqual([
      expect.objectContaining({ kind: "corrupt", backupKey: `${STORE_NAME}:backup:1` }),
    ]);
    expect(net.disk.get(`${STORE_NAME}:backup:1`)).toBe(bad);
    expect(net.writes()).toBe(before);
    grade(a, "q-cloze", T0 + 3 * DAY);
    expect(JSON.parse(net.disk.get(STORE_NAME)!).state.cards.reviewLog).toHaveLength(3);
    expect(net.disk.get(`${STORE_NAME}:backup:1`)).toBe(bad);
  });

  it("a tab that found nothing saved loads the merge code when it first hears of a save, and keeps its own work", async () => {
    const net = delayedStorage();
    const [a, b] = [await net.open(), await net.open()];
    grade(a, "q-mc", T0);
    grade(b, "q-tf", T0 + 5); // B has not heard of A's grade
    await net.drain();
    for (const s of [a, b]) expect(logIds(s)).toEqual([`${DECK}::q-mc@${T0}`, `${DECK}::q-tf@${T0 + 5}`]);
    expect(JSON.parse(net.disk.get(STORE_NAME)!).state.cards.reviewLog).toHaveLength(2);
  });

  it("a save heard of before this tab has read its own is read as on load; nothing is written before that", async () => {
    const net = delayedStorage();
    const tab = net.view();
    tab.store = createAppStore({ storage: tab.kv }); // not hydrated yet
    const writer = await net.open();
    grade(writer, "q-mc", T0);
    const before = net.writes();
    await net.drain();
    expect(tab.store.getState().meta.hydrated).toBe(true);
    expect(logIds(tab.store)).toEqual(logIds(writer));
    expect(net.writes()).toBe(before);
  });
});
