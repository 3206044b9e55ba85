import { test, expect } from "./fixtures";
import { deck } from "./quiz-helpers";

// Issue 13, item 11: keyboard hints were shown on touch screens.

test.describe("on a phone (touch, no hover)", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the review and the quiz show no keyboard hints", async ({ page }) => {
    await page.goto(`/decks/${deck.id}`);
    await page.getByRole("link", { name: "Review flashcards" }).tap();
    await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
    await expect(page.getByText("Space or Enter shows the answer; then 1–4 grade it.")).toBeHidden();
    await expect(page.getByText("Ctrl+Z also undoes.")).toBeHidden();
    await page.goto(`/decks/${deck.id}`);
    await page.getByRole("link", { name: "Start quiz" }).tap();
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
    await expect(page.getByText(/^Keys 1–\d/)).toBeHidden();
    // Less above the question: the deck's title takes one line (it took three), the whole of it still in the page.
    const prompt = await page.locator("h2[id^=prompt-]").boundingBox();
    expect(prompt!.y).toBeLessThan(320); // 292 here; 344 with the title on three lines
    await expect(page.locator(".deck-page-lede")).toHaveText(
      (deck as unknown as { article: { title: string } }).article.title,
    );
  });
});

test("with a mouse and keyboard the hints are shown", async ({ page }) => {
  await page.goto(`/decks/${deck.id}/review`);
  await expect(page.getByText("Space or Enter shows the answer; then 1–4 grade it.")).toBeVisible();
  await expect(page.getByText("Ctrl+Z also undoes.")).toBeVisible();
});
