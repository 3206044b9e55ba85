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

test("two tabs saving in the same instant: after a reload both the answer and the review are there", async ({ page, context }) => {
  // Every write each tab makes, with whether it held the answer and the review: to tell whether the race
  // happened (a save made without the other tab's save it had not heard of yet). Storage events are left on.
  await context.addInitScript((id) => {
    const log: { answers: number; reviews: number }[] = [];
    (window as unknown as { writes: typeof log }).writes = log;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if (k === "factdeck") {
        const s = JSON.parse(v).state;
        log.push({ answers: s.quiz?.active?.[id]?.answers?.length ?? 0, reviews: s.cards?.reviewLog?.length ?? 0 });
      }
      return setItem.call(this, k, v);
    };
  }, deck.id);
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

  await Promise.all([check.click(), good.click()]); // the same moment, in two processes
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  await expect(other.getByRole("status").filter({ hasText: "Good:" })).toBeVisible();

  // Each tab hears of the other's save and merges it: both copies come to hold both tabs' work.
  const both = { answers: [question.id], reviews: [expect.any(String)] };
  for (const p of [page, other]) await expect.poll(() => held(p)).toEqual(both);
  const writes = await Promise.all([page, other].map((p) => p.evaluate(() => (window as unknown as { writes: { answers: number; reviews: number }[] }).writes)));
  const raced = writes[1]!.some((w) => w.reviews === 1 && w.answers === 0) && writes[0]!.some((w) => w.answers === 1 && w.reviews === 0);
  test.info().annotations.push({ type: "race", description: raced ? "each tab saved without the other's work" : "one tab heard of the other's save before saving" });

  for (const p of [page, other]) await p.reload();
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  await expect(other.getByRole("list", { name: "Cards to review" })).toContainText("1 learning");
  for (const p of [page, other]) expect(await held(p)).toEqual(both);
});
