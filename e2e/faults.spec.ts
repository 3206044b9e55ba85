import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import deck from "../data/decks/london-defence-summit.deck.json";
import { answerByMouse, currentQuestion, quizUrl, rightAnswer } from "./quiz-helpers";

const reviewUrl = `/decks/${deck.id}/review`;
const KEY = "factdeck";
const counts = (page: Page) => page.getByRole("list", { name: "Cards to review" });
const notice = (page: Page) => page.getByRole("status", { name: "Saved data" });
const saved = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null"), KEY);
const reviewed = async (page: Page): Promise<string[]> =>
  ((await saved(page))?.state.cards?.reviewLog ?? []).map((e: { questionId: string }) => e.questionId);

/** Shows the card on screen and grades it with `label` (Again, Hard, Good, Easy). */
async function grade(page: Page, label = "Good") {
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: new RegExp(`^${label}`) }).click();
  await expect(page.getByRole("status").filter({ hasText: `${label}:` })).toBeVisible();
}

/** Puts `raw` in storage from a page without the store (a 404), so no save of the app races it; opens the review. */
async function seed(page: Page, raw: string) {
  await page.goto("/no-store-here");
  await page.evaluate(([k, v]) => (localStorage.clear(), localStorage.setItem(k!, v!)), [KEY, raw]);
  await page.goto(reviewUrl);
}

test("valid JSON that fails the schema: the bad record set aside with a notice, the data kept as a backup, and the review works", async ({
  page,
}) => {
  const raw = JSON.stringify({
    state: { cards: { cards: {}, reviewLog: [{ id: 5 }], settings: { dailyNewLimit: 20 }, lastUndo: null } },
    version: 1,
  });
  await seed(page, raw);
  await expect(notice(page)).toContainText("Part of your saved progress could not be read: 1 record was set aside");
  await expect(notice(page).getByRole("button", { name: "Download the backup" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("factdeck:backup:1"))).toBe(raw);
  await grade(page);
  expect(await reviewed(page)).toHaveLength(1);
});

test("a save from a newer version: read-only with a notice, and nothing written", async ({ page }) => {
  const raw = JSON.stringify({ state: { cards: "from the future" }, version: 99 });
  await seed(page, raw);
  await expect(notice(page)).toContainText("saved by a newer version of Factdeck");
  await grade(page);
  expect(await page.evaluate(() => Object.entries(localStorage))).toEqual([[KEY, raw]]);
});

test("storage full: the user is told progress is not saved, and it all saves once there is room", async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if ((window as unknown as { full?: boolean }).full)
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, k, v);
    };
  });
  await page.goto(reviewUrl);
  await grade(page);
  await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
  await grade(page);
  await expect(notice(page)).toContainText("Your progress is not being saved");
  expect(await reviewed(page)).toHaveLength(1);
  await page.evaluate(() => ((window as unknown as { full: boolean }).full = false));
  await grade(page);
  await expect(notice(page)).toBeEmpty();
  expect(await reviewed(page)).toHaveLength(3);
});

test("two tabs answering at once: both answers survive a reload", async ({ page, context }) => {
  // "At once": neither tab hears of the other's save (no storage event reaches the app) before acting.
  await context.addInitScript(() => window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true));
  await page.goto(quizUrl);
  await page.getByRole("button", { name: "Start quiz" }).click();
  const question = await currentQuestion(page);
  const other = await context.newPage();
  await other.goto(reviewUrl);
  await other.getByRole("button", { name: "Show answer" }).click();
  // Each tab acts on the state it had: the review tab has not heard of the answer when it grades. It grades
  // once the answer's save has reached its storage: tabs run in separate processes and localStorage carries a
  // write across with a small delay, and with no storage event to hear, a save made in that window wins (with
  // events, a tab merges what it hears: e2e/tabs-race.spec.ts has both tabs act in the same instant).
  await answerByMouse(page, question, rightAnswer(question));
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  const answersSeen = () =>
    other.evaluate(
      (id) => JSON.parse(localStorage.getItem("factdeck") ?? "{}").state?.quiz?.active?.[id]?.answers?.length ?? 0,
      deck.id,
    );
  await expect.poll(answersSeen).toBe(1);
  await other.getByRole("button", { name: /^Good/ }).click();
  await expect(other.getByRole("status").filter({ hasText: "Good:" })).toBeVisible();
  for (const p of [page, other]) await p.reload();
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  await expect(counts(other)).toContainText("1 learning");
  const state = (await saved(page)).state;
  expect(state.quiz.active[deck.id].answers.map((a: { questionId: string }) => a.questionId)).toEqual([question.id]);
  expect(state.cards.reviewLog).toHaveLength(1);
});

test("the page closed in the middle of a review: reopened, every grade is kept and the review goes on", async ({
  page,
  context,
}) => {
  await page.goto(reviewUrl);
  const before = Number((await counts(page).locator("li").first().textContent())!.match(/\d+/)![0]);
  await grade(page, "Easy");
  await grade(page, "Easy");
  const done = await reviewed(page);
  await page.close();
  const again = await context.newPage();
  await again.goto(reviewUrl);
  await expect(counts(again)).toContainText(`${before - 2} new`);
  expect(await reviewed(again)).toEqual(done);
  await grade(again, "Easy");
  expect(await reviewed(again)).toHaveLength(3);
});

test("the clock moved forward 10 days and the time zone changed: the due count is right", async ({
  browser,
  baseURL,
}) => {
  const t0 = new Date("2025-03-03T09:00:00Z");
  const honolulu = await browser.newContext({ baseURL, timezoneId: "Pacific/Honolulu" });
  const page = await honolulu.newPage();
  await page.clock.install({ time: t0 });
  await page.goto(reviewUrl);
  for (let i = 0; i < 3; i++) await grade(page, "Easy");
  await expect(counts(page)).toContainText("0 due");
  const storageState = await honolulu.storageState();
  await honolulu.close();

  const auckland = await browser.newContext({ baseURL, timezoneId: "Pacific/Auckland", storageState });
  const later = await auckland.newPage();
  const errors: string[] = [];
  later.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  await later.clock.install({ time: new Date(t0.getTime() + 10 * 86_400_000) });
  await later.goto(reviewUrl);
  await expect(counts(later)).toContainText("3 due");
  expect(await later.evaluate(() => -new Date().getTimezoneOffset())).toBeGreaterThan(600);
  expect(errors).toEqual([]);
  await auckland.close();
});
