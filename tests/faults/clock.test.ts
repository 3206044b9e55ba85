// Issue 12, items 10 and 11: a clock moved back never crashes a review, and times no Date can hold are
// refused by the one bounded timestamp (lib/schemas/fields.ts) on import and set aside on load.
import { describe, expect, it } from "vitest";
import { gradeCard, previewDue } from "@/lib/srs/scheduler";
import { newCardRecord } from "@/lib/srs/new-card";
import { parseProgressFile } from "@/lib/transfer/import-progress";
import { buildProgressFile } from "@/lib/transfer/export-progress";
import { MAX_EPOCH_MS } from "@/lib/schemas/limits";
import { formatLongDateTime } from "@/lib/format";
import {
  DAY,
  DECK,
  STORE_NAME,
  T0,
  fixtureDeck,
  grade,
  openTab,
  richSave,
  storageWith,
  spoiledProgressFile,
} from "./helpers";
import type { ProgressFile } from "@/lib/schemas/progress-file";
import { buildQueue, newIntroducedToday } from "@/lib/srs/queue";
import { reviewTotal, SLOT_MS } from "@/lib/srs/review-history";
import { CardState } from "@/lib/schemas/card-state";

describe("the clock moved back", () => {
  it("grading a card reviewed 'later' neither crashes nor saves anything unreadable", async () => {
    const kv = storageWith();
    const tab = await openTab(kv);
    grade(tab, "q-mc", T0 + 5 * DAY);
    const card = Object.values(tab.getState().cards.cards)[0]!;
    expect(() => previewDue(card, T0)).not.toThrow();
    grade(tab, "q-mc", T0, 1); // a quiz miss, then a review, with the clock 5 days back
    grade(tab, "q-mc", T0 + 1000, 3);
    expect(tab.getState().cards.reviewLog).toHaveLength(3);
    const again = await openTab(kv);
    expect(again.getState().meta.notices).toEqual([]);
    expect(again.getState().cards).toEqual(tab.getState().cards);
  });

  it("ts-fsrs never sees a review before the card's last one", () => {
    const first = gradeCard(newCardRecord("deck", "q", T0), 3, T0 + 3 * DAY, "a");
    const second = gradeCard(first.card, 3, T0, "b");
    expect(second.log.review).toBe(T0 + 3 * DAY);
  });
});

describe("one review with the clock 400 days ahead (item 13)", () => {
  const HOUR = 3_600_000;
  const decks = new Set([DECK]);
  const inLog = (tab: Awaited<ReturnType<typeof openTab>>) =>
    tab
      .getState()
      .cards.reviewLog.map((e) => e.questionId)
      .sort();
  const today = (tab: Awaited<ReturnType<typeof openTab>>, now: number) => ({
    introduced: newIntroducedToday(tab.getState().cards, decks, now, 0),
    offered: buildQueue({ decks: [fixtureDeck], data: tab.getState().cards, now, utcOffsetMinutes: 0 }).counts.new,
    total: reviewTotal(tab.getState().cards),
  });

  it("once the clock is right again, today's new cards, the undo and the log count as before", async () => {
    const kv = storageWith();
    const tab = await openTab(kv);
    tab.getState().setDailyNewLimit(4);
    grade(tab, "q-mc", T0 - 40 * DAY); // an old review, folded in time
    grade(tab, "q-tf", T0);
    grade(tab, "q-cloze", T0 + 1000);
    expect(today(tab, T0 + HOUR)).toEqual({ introduced: 2, offered: 2, total: 3 });

    grade(tab, "q-num", T0 + 400 * DAY); // the clock far ahead, once
    const back = T0 + HOUR; // the clock right again, the same morning
    grade(tab, "q-who", back);
    // q-tf, q-cloze and q-who today: one more new card allowed (before: 0 introduced, the limit ignored).
    expect(today(tab, back)).toEqual({ introduced: 3, offered: 1, total: 5 });
    expect(inLog(tab)).toEqual(["q-cloze", "q-num", "q-tf", "q-who"]);

    // The undo takes its review away, from the log and from every count (before: still counted, folded).
    tab.getState().undoGrade();
    expect(today(tab, back)).toEqual({ introduced: 2, offered: 2, total: 4 });

    // Further reviews stay in the log, and a reload reads the same.
    grade(tab, "q-who", back + 60_000);
    grade(tab, "q-order", back + 120_000);
    expect(today(tab, back + 120_000)).toEqual({ introduced: 4, offered: 0, total: 6 });
    const again = await openTab(kv);
    expect(again.getState().cards).toEqual(tab.getState().cards);
    expect(again.getState().meta.notices).toEqual([]);
  });

  it("an imported file with a review dated 400 days ahead folds none of today's reviews", async () => {
    const tab = await openTab(storageWith());
    grade(tab, "q-tf", T0);
    grade(tab, "q-cloze", T0 + 1000);
    const file = structuredClone(buildProgressFile(tab.getState().quiz, tab.getState().cards, T0 + 2000));
    const far = {
      ...file.cards.reviewLog[0]!,
      id: `${DECK}::q-num@${T0 + 400 * DAY}`,
      questionId: "q-num",
      review: T0 + 400 * DAY,
    };
    file.cards.reviewLog.push(far);
    for (const mode of ["merge", "replace"] as const) {
      expect(tab.getState().importProgress({ file, mode, now: T0 + HOUR })).toBe("done");
      expect(inLog(tab)).toEqual(["q-cloze", "q-num", "q-tf"]);
      expect(today(tab, T0 + HOUR)).toMatchObject({ introduced: 2, total: 3 });
    }
  });

  it("a log an earlier version folded 370 days ahead heals: new reviews go to the log, not into the counts", async () => {
    const saved = JSON.parse(await richSave());
    const cards = saved.state.cards;
    // As the old fold left it: everything before the far-future review folded, `before` 370 days on.
    const future = {
      ...cards.reviewLog[0],
      id: `${DECK}::q-num@${T0 + 400 * DAY}`,
      questionId: "q-num",
      review: T0 + 400 * DAY,
      state: CardState.New,
    };
    const counts = new Map<number, number>();
    for (const e of cards.reviewLog as { review: number }[])
      counts.set(Math.floor(e.review / SLOT_MS), (counts.get(Math.floor(e.review / SLOT_MS)) ?? 0) + 1);
    const slots = [...counts.keys()].sort((a, b) => a - b);
    cards.reviewHistory = {
      before: Math.floor((T0 + 370 * DAY) / SLOT_MS) * SLOT_MS,
      decks: [{ deckId: DECK, slots, counts: slots.map((x) => counts.get(x)!) }],
    };
    cards.reviewLog = [future];
    cards.lastUndo = null;
    const kv = storageWith(JSON.stringify(saved));
    const tab = await openTab(kv);
    expect(tab.getState().meta.notices).toEqual([]);
    const now = T0 + 3 * DAY;
    grade(tab, "q-cloze", now);
    grade(tab, "q-who", now + 1000);
    expect(inLog(tab)).toEqual(["q-cloze", "q-num", "q-who"]);
    // q-who was missed in the saved quiz: due since then, it is no new card (issue 13 item 5).
    expect(today(tab, now + 2000).introduced).toBe(1);
    tab.getState().undoGrade();
    expect(inLog(tab)).toEqual(["q-cloze", "q-num"]);
    expect(JSON.parse(kv.getItem(STORE_NAME)!).state.cards.reviewLog).toHaveLength(2);
  });
});

describe("times no page can show", () => {
  it.each([
    [
      "an attempt finished at 8640000000000001",
      (f: ProgressFile) => (f.quiz.attempts[0]!.finishedAt = 8640000000000001),
    ],
    ["a card due after year 9999", (f: ProgressFile) => (f.cards.cards[0]!.due = MAX_EPOCH_MS + 1)],
    ["exported at 2^53 − 1", (f: ProgressFile) => (f.exportedAt = Number.MAX_SAFE_INTEGER)],
  ])("%s: the import is refused", async (_, spoil) => {
    expect(parseProgressFile(await spoiledProgressFile(spoil))).toMatchObject({ ok: false });
  });

  it("a saved card due at 8640000000000001 is set aside on load; the rest loads", async () => {
    const saved = JSON.parse(await richSave());
    const key = Object.keys(saved.state.cards.cards)[0]!;
    saved.state.cards.cards[key].due = 8640000000000001;
    const tab = await openTab(storageWith(JSON.stringify(saved)));
    expect(tab.getState().meta.notices).toEqual([expect.objectContaining({ kind: "corrupt", setAside: 1 })]);
    expect(Object.keys(tab.getState().cards.cards)).toHaveLength(Object.keys(saved.state.cards.cards).length - 1);
  });

  it("the latest time accepted can be shown and scheduled from", () => {
    expect(() => formatLongDateTime(MAX_EPOCH_MS)).not.toThrow();
    const card = {
      deckId: "deck",
      questionId: "q",
      due: MAX_EPOCH_MS,
      stability: 5,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 36500,
      learningSteps: 0,
      reps: 3,
      lapses: 0,
      state: CardState.Review,
      lastReview: MAX_EPOCH_MS,
    };
    expect(() => gradeCard(card, 4, MAX_EPOCH_MS, "x")).not.toThrow();
    expect(Number.isFinite(gradeCard(card, 4, MAX_EPOCH_MS, "x").card.due)).toBe(true);
  });
});
