import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { currentQuestion, deck, openFreshQuiz } from "./quiz-helpers";

// Issue 13 item 11: on a phone, a multiple-choice answer takes one tap, and showing the back of a long card
// keeps its question in view.

/** A fresh quiz of choice questions only (no typed or ordering ones); returns the first question. */
async function startChoiceQuiz(page: Page) {
  await openFreshQuiz(page);
  for (const type of ["Fill in the blank", "Numbers", "Put in order"]) {
    const box = page.getByRole("checkbox", { name: new RegExp(`^${type}`) });
    if (await box.count()) await box.uncheck();
  }
  await page.getByRole("button", { name: "Start quiz" }).click();
  return currentQuestion(page);
}

test.describe("on a phone (touch)", () => {
  test.use({ viewport: { width: 390, height: 560 }, hasTouch: true, isMobile: true });

  test("one tap on a choice answers it; a mouse click only selects", async ({ page }) => {
    const q = await startChoiceQuiz(page);
    const choice = page.getByRole("radiogroup", { name: q.prompt }).getByRole("radio", { name: q.answer, exact: true });
    await choice.tap();
    await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
    await expect(page.getByRole("button", { name: /^(Next question|See results)$/ })).toBeVisible();
  });

  test("showing the back of a long card keeps the question in view", async ({ page }) => {
    // A short screen makes the first card long: its back and grades reach well below the screen.
    const height = 340;
    await page.setViewportSize({ width: 390, height });
    await page.goto(`/decks/${deck.id}`);
    await page.getByRole("link", { name: "Review flashcards" }).tap();
    await page.getByRole("button", { name: "Show answer" }).tap();
    await expect(page.getByRole("group", { name: "How well did you remember?" })).toBeVisible();
    const front = await page.locator("#card-front").boundingBox();
    expect(front!.y).toBeGreaterThanOrEqual(0);
    expect(front!.y).toBeLessThan(height);
    // A long card: scrolling Good into view (as focusing it used to) would have taken the question's top away.
    const good = await page.getByRole("button", { name: /^Good/ }).boundingBox();
    expect(good!.y + good!.height - height).toBeGreaterThan(front!.y);
    // The focus is on Good, as before, ready for Enter or Space.
    await expect(page.getByRole("button", { name: /^Good/ })).toBeFocused();
  });
});

test("with a mouse, a click on a choice selects it and Check answers", async ({ page }) => {
  const q = await startChoiceQuiz(page);
  await page.getByRole("radiogroup", { name: q.prompt }).getByRole("radio", { name: q.answer, exact: true }).click();
  await expect(page.getByRole("button", { name: "Check" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Feedback" })).toBeEmpty();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
});
