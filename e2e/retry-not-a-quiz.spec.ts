import { test, expect } from "./fixtures";
import { answerByMouse, currentQuestion, missOneQuestion, openFreshQuiz, position, rightAnswer } from "./quiz-helpers";

// Issue 13, item 4: a retry of mistakes counted as a quiz on Progress, though its results say it does not.

test("a retry of mistakes is not counted, charted or best on Progress", async ({ page }) => {
  await openFreshQuiz(page);
  await page.getByRole("radio", { name: "5", exact: true }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await missOneQuestion(page);
  // The rest answered right, to the results.
  for (;;) {
    const { n, m } = await position(page);
    await page.getByRole("button", { name: n === m ? "See results" : "Next question" }).click();
    if (n === m) break;
    const q = await currentQuestion(page);
    await answerByMouse(page, q, rightAnswer(q));
  }
  const score = (await page.getByText(/^\d+ of \d+ correct$/).textContent())!;
  await page.getByRole("button", { name: /^Retry mistakes/ }).click();
  const q = await currentQuestion(page);
  await answerByMouse(page, q, rightAnswer(q));
  await page.getByRole("button", { name: "See results" }).click();
  await expect(page.getByRole("heading", { name: "Results of your retry" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("list", { name: "At a glance" })).toContainText("1 quiz finished");
  const [correct, total] = score.match(/\d+/g)!.map(Number);
  const pct = Math.round((100 * correct!) / total!);
  await expect(page.locator("figcaption")).toContainText(`1 quiz: latest ${pct}%, best ${pct}%, average ${pct}%.`);
});
