import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { currentQuestion, deck, prepareAnswer, quizUrl, rightAnswer } from "./quiz-helpers";

const reviewUrl = `/decks/${deck.id}/review`;
type Saved = { answers: string[]; reviews: string[] };

/** What a tab's copy of the storage holds: the quiz in progress's answers and the review log. */
const held = (page: Page): Promise<Saved> =>
  page.evaluate((id) => {
    const s = JSON.parse(localStorage.getItem("factdeck") ?? "{}").state;
    return {
      answers: (s?.quiz?.active?.[id]?.answers ?? []).map((a: { questionId: string }) => a.questionId),
      reviews: (s?.cards?.reviewLog ?? []).map((e: { questionId: string }) => e.questionId),
    };
  }, deck.id);

type Write = { answers: number; reviews: number };

test("two tabs saving in the same instant: after a reload both the answer and the review are there", async ({
  page,
  context,
}) => {
  // In each tab: every write it makes (with whether it held the answer and the review), and a switch that
  // makes the other tab's saves reach this one late, as storage between two tab processes can: while it is
  // on, reading the saved data gives what this tab last saw (the data when it was switched on, or this tab's
  // own later write) and `storage` events are held back; switched off, the held events are delivered. With
  // both tabs switched on before the clicks, each saves without the other's work (the race), however the two
  // processes happen to be scheduled; the test checks that it did, then that the tabs recover.
  await context.addInitScript((id) => {
    const w = window as unknown as { writes: Write[]; late: (on: boolean) => void };
    w.writes = [];
    let late: { seen: string | null; events: StorageEvent[] } | null = null;
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = function (this: Storage, k: string) {
      if (late && this === localStorage && k === "factdeck") return late.seen;
      return getItem.call(this, k);
    };
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if (k === "factdeck" && this === localStorage) {
        const s = JSON.parse(v).state;
        w.writes.push({
          answers: s.quiz?.active?.[id]?.answers?.length ?? 0,
          reviews: s.cards?.reviewLog?.length ?? 0,
        });
        if (late) late.seen = v;
      }
      return setItem.call(this, k, v);
    };
    // Registered before the app's listener, and for the capture phase: it runs first and can hold the event.
    window.addEventListener(
      "storage",
      (e) => {
        if (!late || e.key !== "factdeck") return;
        e.stopImmediatePropagation();
        late.events.push(e);
      },
      true,
    );
    w.late = (on) => {
      if (on) {
        late = { seen: getItem.call(localStorage, "factdeck"), events: [] };
        return;
      }
      const held = late?.events ?? [];
      late = null;
      for (const e of held) {
        window.dispatchEvent(
          new StorageEvent("storage", {
            key: e.key,
            oldValue: e.oldValue,
            newValue: e.newValue,
            url: e.url,
            storageArea: localStorage,
          }),
        );
      }
    };
  }, deck.id);
  const late = (p: Page, on: boolean) =>
    p.evaluate((v) => (window as unknown as { late: (on: boolean) => void }).late(v), on);
  const writes = (p: Page) => p.evaluate(() => (window as unknown as { writes: Write[] }).writes);

  await page.goto(quizUrl);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("button", { name: "Start quiz" }).click();
  const question = await currentQuestion(page);
  const check = await prepareAnswer(page, question, rightAnswer(question));

  const other = await context.newPage();
  await other.goto(reviewUrl);
  await other.getByRole("button", { name: "Show answer" }).click();
  const good = other.getByRole("button", { name: /^Good/ });
  await expect(good).toBeVisible();
  // Both tabs saved the quiz just started before this (the review tab has heard of it).
  await expect.poll(async () => (await held(other)).answers).toEqual([]);

  for (const p of [page, other]) await late(p, true);
  await Promise.all([check.click(), good.click()]); // the same moment, in two processes
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  await expect(other.getByRole("status").filter({ hasText: "Good:" })).toBeVisible();
  // The race happened: the quiz tab saved its answer without the review, the review tab its review without the answer.
  await expect.poll(() => writes(page)).toContainEqual({ answers: 1, reviews: 0 });
  await expect.poll(() => writes(other)).toContainEqual({ answers: 0, reviews: 1 });
  expect(
    [...(await writes(page)), ...(await writes(other))],
    "no write held both before the saves reached the other tab",
  ).not.toContainEqual({ answers: 1, reviews: 1 });

  // The saves reach the other tab: each merges it, and both copies come to hold both tabs' work.
  for (const p of [page, other]) await late(p, false);
  const both = { answers: [question.id], reviews: [expect.any(String)] };
  for (const p of [page, other]) await expect.poll(() => held(p)).toEqual(both);

  for (const p of [page, other]) await p.reload();
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  await expect(other.getByRole("list", { name: "Cards to review" })).toContainText("1 learning");
  for (const p of [page, other]) expect(await held(p)).toEqual(both);
});
