// A review interrupted by closing the page, and the clock and time zone moving under saved cards.
import { describe, expect, it } from "vitest";
import { buildQueue } from "@/lib/srs/queue";
import { DAY, DECK, T0, fixtureDeck, grade, openTab, storageWith, type Store } from "./helpers";

const HAWAII = -600;
const AUCKLAND = 13 * 60;
const queue = (store: Store, now: number, utcOffsetMinutes = 0) =>
  buildQueue({ decks: [fixtureDeck], data: store.getState().cards, now, utcOffsetMinutes });

/** Grades the queue's first `n` cards, as the review screen does, and returns their question ids. */
function review(store: Store, n: number, now: number, g: 1 | 2 | 3 | 4, offset = 0): string[] {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const item = queue(store, now + i, offset).items[0]!;
    grade(store, item.questionId, now + i, g);
    ids.push(item.questionId);
  }
  return ids;
}

describe("the page closed in the middle of a review", () => {
  it("keeps every grade given; reopened, the review goes on with the cards not yet seen", async () => {
    const kv = storageWith();
    const tab = await openTab(kv);
    expect(queue(tab, T0).counts.new).toBe(6);
    const done = review(tab, 2, T0, 4);
    // Closed: no unload hook runs, nothing more is called. The next visit opens a new store on the storage.
    const reopened = await openTab(kv);
    expect(reopened.getState().meta.notices).toEqual([]);
    expect(reopened.getState().cards.reviewLog.map((e) => e.questionId)).toEqual(done);
    const next = queue(reopened, T0 + 60_000);
    expect(next.counts.new).toBe(4);
    expect(next.items.map((i) => i.questionId)).not.toEqual(expect.arrayContaining(done));
    // The last grade can still be undone after the reload.
    reopened.getState().undoGrade();
    expect(queue(reopened, T0 + 60_000).counts.new).toBe(5);
  });
});

describe("the clock moved forward 10 days and the time zone changed", () => {
  it("cards graded Easy are not due at first and all due 10 days later, whatever the zone", async () => {
    const tab = await openTab(storageWith());
    review(tab, 3, T0, 4, HAWAII);
    const dues = Object.values(tab.getState().cards.cards).map((c) => c.due);
    for (const due of dues) expect(due).toBeGreaterThan(T0 + DAY);
    for (const due of dues) expect(due).toBeLessThanOrEqual(T0 + 10 * DAY);
    for (const offset of [HAWAII, 0, AUCKLAND]) {
      expect(queue(tab, T0 + 60_000, offset).counts.due).toBe(0);
      expect(queue(tab, T0 + 10 * DAY, offset).counts.due).toBe(3);
    }
    // Saved and read back in another zone 10 days on: the same counts.
    const later = await openTab(storageWith(JSON.stringify({ state: { cards: tab.getState().cards }, version: 1 })));
    expect(queue(later, T0 + 10 * DAY, AUCKLAND).counts).toEqual({ new: 3, learning: 0, due: 3 });
  });

  it("the daily limit of new cards restarts at local midnight of the zone the user is in now", async () => {
    const tab = await openTab(storageWith());
    tab.getState().setDailyNewLimit(2);
    // 09:00 UTC is 23:00 the day before in Hawaii: two new cards introduced late that evening.
    review(tab, 2, T0, 3, HAWAII);
    expect(queue(tab, T0 + 60_000, HAWAII).counts.new).toBe(0);
    // 90 minutes later it is 00:30, a new day, in Hawaii…
    expect(queue(tab, T0 + 90 * 60_000, HAWAII).counts.new).toBe(2);
    // …but flown to Auckland it is 23:30 there, the day the two were introduced (22:00): they still count.
    expect(queue(tab, T0 + 90 * 60_000, AUCKLAND).counts.new).toBe(0);
    // Ten days on, in any zone, there is room again.
    for (const offset of [HAWAII, 0, AUCKLAND]) expect(queue(tab, T0 + 10 * DAY, offset).counts.new).toBe(2);
    expect(tab.getState().cards.reviewLog.every((e) => e.deckId === DECK)).toBe(true);
  });
});
