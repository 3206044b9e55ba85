import { test, expect } from "./fixtures";
import deck from "../data/decks/london-defence-summit.deck.json";

const newToday = Math.min(deck.questions.length, 20);
const reviewUrl = `/decks/${deck.id}/review`;
const counts = (page: import("@playwright/test").Page) => page.getByRole("list", { name: "Cards to review" });
const T0 = new Date("2026-01-05T22:30:00Z"); // 23:30 in Paris

test.use({ timezoneId: "Europe/Paris" });

async function gradeAllEasy(page: import("@playwright/test").Page) {
  for (let i = 0; i < newToday; i++) {
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /^Easy/ }).click();
    await expect(counts(page)).toContainText(`${newToday - i - 1} new`);
  }
  await expect(page.getByRole("heading", { name: "Nothing due right now" })).toBeVisible();
}

test("the clock moved 10 days forward: every reviewed card is due", async ({ page }) => {
  test.slow();
  await page.clock.install({ time: T0 });
  await page.goto(reviewUrl);
  await gradeAllEasy(page);
  await page.clock.setFixedTime(new Date(T0.getTime() + 10 * 86_400_000));
  await page.reload();
  await expect(counts(page)).toContainText(`${newToday} due`);
  await expect(counts(page)).toContainText(`${Math.min(deck.questions.length - newToday, 20)} new`);
});

test("the daily new-card limit follows the local day: past midnight in Paris, new cards unlock", async ({ page }) => {
  test.slow();
  await page.clock.install({ time: T0 });
  await page.goto("/progress");
  await page.getByLabel("New cards per day").fill("1");
  await page.goto(reviewUrl);
  await expect(counts(page)).toContainText("1 new");
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Easy/ }).click();
  await expect(counts(page)).toContainText("0 new");
  // 23:45 UTC is 00:45 the next day in Paris (UTC+1): a new day, a fresh limit, if the deck has more cards.
  await page.clock.setFixedTime(new Date(T0.getTime() + 75 * 60_000));
  await page.reload();
  await expect(counts(page)).toContainText(deck.questions.length > 1 ? "1 new" : "0 new");
});

test("the page closed in the middle of a review: the card is shown again, nothing was graded", async ({
  page,
  context,
}) => {
  await page.goto(reviewUrl);
  const front = await page.locator("#card-front").textContent();
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByRole("group", { name: "How well did you remember?" })).toBeVisible();
  await page.close();
  const again = await context.newPage();
  await again.goto(reviewUrl);
  await expect(again.locator("#card-front")).toHaveText(front!);
  await expect(counts(again)).toContainText(`${newToday} new`);
  await expect(again.getByRole("button", { name: "Undo last grade" })).toBeDisabled();
});
