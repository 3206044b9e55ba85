import fs from "node:fs";
import { test, expect } from "./fixtures";
import { checkAnswer } from "@/lib/quiz/check-answer";
import type { Question } from "@/lib/schemas/deck";
import { deck, quizUrl, type DeckQuestion } from "./quiz-helpers";

// The README's screenshots (docs/screenshots/*.png) and a review set (/tmp/shots-quiz) at phone and desktop
// widths, light and dark. Saved state is written directly, so every run shows the same quiz.
// Pictures are taken only when SHOTS is set (`SHOTS=1 npx playwright test e2e/quiz-screenshots.spec.ts`):
// a plain `npm test` leaves the tracked PNGs alone, checks that the README's two states still render, and
// skips the review set (it only writes pictures for a person to look at).
const shots = Boolean(process.env.SHOTS);
const T0 = Date.UTC(2025, 2, 4, 9, 0, 0);
const byType = (t: string) => deck.questions.filter((q) => q.type === t);
const pick: DeckQuestion[] = [
  byType("multiple-choice")[0],
  byType("numeric")[0],
  byType("who-said")[0],
  byType("cloze")[0],
  byType("ordering")[0],
  byType("true-false")[0],
].filter((q): q is DeckQuestion => q !== undefined);
const wrong = (q: DeckQuestion) =>
  q.type === "ordering" ? [...q.items!].reverse().join(" → ") : (q.choices?.find((c) => c !== q.answer) ?? "3 billion");
// Scored by the app's own checker, so a screenshot never shows a verdict the app would not give.
const record = (q: DeckQuestion, i: number, right: boolean) => {
  const given = right ? (q.items ? q.items.join(" → ") : q.answer) : wrong(q);
  return {
    questionId: q.id,
    type: q.type,
    given,
    correct: checkAnswer(q as Question, given),
    ms: 9000 + i * 1500,
    at: T0 + (i + 1) * 10_000,
  };
};
// Two wrong answers (one of them the second question, shown with its feedback); one if the deck is tiny.
const wrongAt = pick.length > 1 ? [1, 4] : [0];
const attempt = (answered: number, finished: boolean) => ({
  id: "a-shot",
  deckId: deck.id,
  mode: "practice",
  seed: 1,
  questionIds: pick.map((q) => q.id),
  answers: pick.slice(0, answered).map((q, i) => record(q, i, !wrongAt.includes(i))),
  current: finished ? pick.length - 1 : Math.max(0, answered - 1),
  shownAt: T0,
  startedAt: T0,
  ...(finished
    ? { finishedAt: T0 + 134_000, previousBest: { correct: 3, total: 6, attemptId: "a-old", at: T0 - 86_400_000 } }
    : {}),
});
const saved = (a: object) =>
  JSON.stringify({ state: { quiz: { attempts: [], active: { [deck.id]: a }, best: {} } }, version: 1 });

async function show(page: import("@playwright/test").Page, state: string | null) {
  await page.goto(quizUrl);
  // Wait for the first load to finish saving, so it cannot overwrite the state written next.
  await expect(page.getByText("Loading your quiz…")).toHaveCount(0);
  await page.evaluate((s) => {
    localStorage.clear();
    if (s) localStorage.setItem("factdeck", s);
  }, state);
  await page.reload();
  await expect(page.getByText("Loading your quiz…")).toHaveCount(0);
  // A finished quiz opened afresh shows the setup with its last result: open those results.
  const results = page.getByRole("button", { name: "See its results" });
  if (await results.count()) await results.click();
}

test("the README's screenshots: a question with its feedback, and the results (SHOTS=1 retakes them)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  const shoot = async (name: string) => {
    if (shots) await page.screenshot({ path: `docs/screenshots/${name}.png` });
  };
  await show(page, saved(attempt(Math.min(2, pick.length), false)));
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Incorrect");
  await shoot("quiz-feedback");
  await show(page, saved(attempt(pick.length, true)));
  await expect(page.getByText(/of \d+ correct/)).toBeVisible();
  await shoot("quiz-results");
});

test("review set: every step at 390 and 1280 px, light and dark (only with SHOTS=1)", async ({ page }) => {
  test.skip(!shots, "pictures for a person to look at: set SHOTS=1 to take them");
  test.setTimeout(120_000);
  const dir = "/tmp/shots-quiz";
  fs.mkdirSync(dir, { recursive: true });
  const orderIndex = pick.findIndex((q) => q.type === "ordering");
  const steps: [string, string | null][] = [
    ["setup", null],
    ["question-choice", saved(attempt(0, false))],
    ["feedback-right", saved(attempt(1, false))],
    ["feedback-wrong", saved(attempt(Math.min(2, pick.length), false))],
    ...(pick.length > 1 ? [["question-typed", saved({ ...attempt(1, false), current: 1 })] as [string, string]] : []),
    ...(orderIndex >= 0
      ? [["question-ordering", saved({ ...attempt(orderIndex, false), current: orderIndex })] as [string, string]]
      : []),
    ["results", saved(attempt(pick.length, true))],
    ["corrupt", "{not json"],
  ];
  for (const width of [390, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, state] of steps) {
        await show(page, state);
        await page.screenshot({ path: `${dir}/${name}-${width}-${scheme}.png`, fullPage: name !== "results" });
        if (name === "results") {
          await page.getByRole("heading", { name: "Review" }).evaluate((el) => el.scrollIntoView());
          await page.screenshot({ path: `${dir}/results-review-${width}-${scheme}.png` });
          if (orderIndex >= 0) {
            await page
              .locator("li", { has: page.getByRole("list") })
              .first()
              .evaluate((el) => el.scrollIntoView());
            await page.screenshot({ path: `${dir}/results-ordering-${width}-${scheme}.png` });
          }
        }
      }
      await show(page, saved(attempt(0, false)));
      await page.getByRole("button", { name: "Quit quiz" }).click();
      await page.screenshot({ path: `${dir}/dialog-${width}-${scheme}.png` });
    }
  }
});
