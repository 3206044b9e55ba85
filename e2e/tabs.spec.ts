import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { answerByMouse, currentQuestion, deck, quizUrl, rightAnswer } from "./quiz-helpers";

const saved = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("factdeck") ?? "null"));
const startButton = (page: Page) => page.getByRole("button", { name: "Start quiz" });

test("a quiz quit in one tab stays gone after the other tab answers it and both reload", async ({ page, context }) => {
  // The other tab hears nothing of the quit (no storage event reaches the app), as when both act at once.
  await context.addInitScript(() => window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true));
  await page.goto(quizUrl);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await startButton(page).click();
  const first = await currentQuestion(page);
  await answerByMouse(page, first, rightAnswer(first));
  await page.getByRole("button", { name: "Next question" }).click();

  const other = await context.newPage();
  await other.goto(quizUrl);
  await expect(other.getByText(/^Question 2 of/)).toBeVisible(); // the same quiz, resumed

  await page.getByRole("button", { name: "Quit quiz" }).click();
  await page.getByRole("dialog", { name: "Quit this quiz?" }).getByRole("button", { name: "Quit quiz" }).click();
  await expect(startButton(page)).toBeVisible();

  // The other tab answers the quiz it still shows: its save takes the quit in, so the quiz goes there too.
  const second = await currentQuestion(other);
  await answerByMouse(other, second, rightAnswer(second));
  await expect(startButton(other)).toBeVisible();

  for (const p of [other, page]) {
    await p.reload();
    await expect(startButton(p)).toBeVisible();
    await expect(p.getByRole("button", { name: "Quit quiz" })).toHaveCount(0);
  }
  const state = (await saved(page)).state;
  expect(state.quiz.active[deck.id]).toBeUndefined();
  expect(state.tombstones.attempts).toHaveLength(1);
});

test("a quiz quit in one tab leaves the other tab at once when it hears of the save", async ({ page, context }) => {
  await page.goto(quizUrl);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await startButton(page).click();
  const other = await context.newPage();
  await other.goto(quizUrl);
  await expect(other.getByText(/^Question 1 of/)).toBeVisible();
  await page.getByRole("button", { name: "Quit quiz" }).click();
  await page.getByRole("dialog", { name: "Quit this quiz?" }).getByRole("button", { name: "Quit quiz" }).click();
  await expect(startButton(other)).toBeVisible(); // no reload: the storage event brought the quit
  await other.reload();
  await expect(startButton(other)).toBeVisible();
  expect((await saved(other)).state.quiz.active[deck.id]).toBeUndefined();
});
