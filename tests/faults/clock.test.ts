// Issue 12, items 10 and 11: a clock moved back never crashes a review, and times no Date can hold are
// refused by the one bounded timestamp (lib/schemas/fields.ts) on import and set aside on load.
import { describe, expect, it } from "vitest";
import { gradeCard, previewDue } from "@/lib/srs/scheduler";
import { parseProgressFile } from "@/lib/transfer/import-progress";
import { buildProgressFile, serializeProgress } from "@/lib/transfer/export-progress";
import { MAX_EPOCH_MS } from "@/lib/schemas/limits";
import { formatLongDateTime } from "@/lib/format";
import { DAY, T0, grade, openTab, richSave, storageWith } from "./helpers";

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
    const first = gradeCard({ deckId: "deck", questionId: "q", due: T0, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0 }, 3, T0 + 3 * DAY, "a");
    const second = gradeCard(first.card, 3, T0, "b");
    expect(second.log.review).toBe(T0 + 3 * DAY);
  });
});

describe("times no page can show", () => {
  const fileWith = async (spoil: (f: ReturnType<typeof buildProgressFile>) => void) => {
    const tab = await openTab(storageWith(await richSave()));
    const file = structuredClone(buildProgressFile(tab.getState().quiz, tab.getState().cards, T0));
    spoil(file);
    return serializeProgress(file);
  };
  it.each([
    ["an attempt finished at 8640000000000001", (f: ReturnType<typeof buildProgressFile>) => (f.quiz.attempts[0]!.finishedAt = 8640000000000001)],
    ["a card due after year 9999", (f: ReturnType<typeof buildProgressFile>) => (f.cards.cards[0]!.due = MAX_EPOCH_MS + 1)],
    ["exported at 2^53 − 1", (f: ReturnType<typeof buildProgressFile>) => (f.exportedAt = Number.MAX_SAFE_INTEGER)],
  ])("%s: the import is refused", async (_, spoil) => {
    expect(parseProgressFile(await fileWith(spoil))).toMatchObject({ ok: false });
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
    const card = { deckId: "deck", questionId: "q", due: MAX_EPOCH_MS, stability: 5, difficulty: 5, elapsedDays: 0, scheduledDays: 36500, learningSteps: 0, reps: 3, lapses: 0, state: 2 as const, lastReview: MAX_EPOCH_MS };
    expect(() => gradeCard(card, 4, MAX_EPOCH_MS, "x")).not.toThrow();
    expect(Number.isFinite(gradeCard(card, 4, MAX_EPOCH_MS, "x").card.due)).toBe(true);
  });
});
