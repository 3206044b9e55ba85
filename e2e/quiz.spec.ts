import { test, expect, expectNoAxeViolations } from "./fixtures";
import {
  answerByKeyboard,
  answerByMouse,
  currentQuestion,
  deck,
  openFreshQuiz,
  position,
  quizUrl,
  rightAnswer,
  tabTo,
  wrongAnswer,
} from "./quiz-helpers";

test("a whole quiz by keyboard only", async ({ page }) => {
  await openFreshQuiz(page);
  await tabTo(page, page.getByRole("button", { name: "Start quiz" }));
  await page.keyboard.press("Enter");
  const { m } = await position(page);
  let right = 0;
  for (let i = 1; i <= m; i++) {
    expect((await position(page)).n).toBe(i);
    await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toHaveAttribute("aria-valuenow", String(i));
    const q = await currentQuestion(page);
    const wrong = wrongAnswer(q);
    const answer = i % 2 === 0 && wrong ? wrong : rightAnswer(q);
    if (answer === rightAnswer(q)) right++;
    await answerByKeyboard(page, q, answer);
    const feedback = page.getByRole("status", { name: "Feedback" });
    // An ordering answer is shown as a list, so its items run together in the text.
    const expected =
      q.type === "ordering"
        ? `Incorrect — the answer is:${q.items!.join("")}`
        : `Incorrect — the answer is ${q.answer}`;
    await expect(feedback).toContainText(answer === rightAnswer(q) ? "Correct" : expected);
    const next = page.getByRole("button", { name: i === m ? "See results" : "Next question" });
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
  }
  await expect(page.getByText(`${right} of ${m} correct`)).toBeVisible();
});

test("a whole quiz by mouse with a known mix of right and wrong answers: score and review list", async ({ page }) => {
  test.setTimeout(180_000);
  await openFreshQuiz(page);
  await page.getByRole("radio", { name: /^All/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  const { m } = await position(page);
  expect(m).toBe(deck.questions.length);
  const verdicts = new Map<string, { right: boolean; given: string }>();
  for (let i = 1; i <= m; i++) {
    const q = await currentQuestion(page);
    const wrong = wrongAnswer(q);
    const answer = i % 2 === 1 && wrong ? wrong : rightAnswer(q);
    const isRight = answer === rightAnswer(q);
    // An ordering answer is listed item by item, so its text is the items run together.
    verdicts.set(q.prompt, { right: isRight, given: Array.isArray(answer) ? answer.join("") : answer });
    await answerByMouse(page, q, answer);
    // Clicking again changes nothing: the answer was scored once.
    await expect(page.getByRole("button", { name: /^Check/ })).toHaveCount(0);
    await page.getByRole("button", { name: i === m ? "See results" : "Next question" }).click();
  }
  const correct = [...verdicts.values()].filter((v) => v.right).length;
  await expect(page.getByText(`${correct} of ${m} correct`)).toBeVisible();
  await expect(page.getByText(`${Math.round((correct / m) * 100)}%`, { exact: true })).toBeVisible();
  await expect(page.getByText("None yet: this is your first")).toBeVisible();
  const items = page.getByRole("list", { name: "Your answers" }).locator(":scope > li");
  await expect(items).toHaveCount(m);
  for (const item of await items.all()) {
    const prompt = (await item.locator("p").first().textContent())!;
    const v = verdicts.get(prompt)!;
    await expect(item.getByText(v.right ? "Correct" : "Incorrect", { exact: true })).toBeVisible();
    await expect(item).toContainText(`Your answer${v.given}`);
    await expect(item.getByRole("link", { name: "Show me where it says that" })).toHaveAttribute(
      "href",
      new RegExp(`/decks/${deck.id}#s-\\d+$`),
    );
    await expect(item.locator("mark").first()).toBeVisible();
  }
  const wrongCount = m - correct;
  if (wrongCount > 0 && correct > 0) {
    const filter = page.getByRole("button", { name: `Mistakes only (${wrongCount})` });
    await filter.click();
    await expect(filter).toHaveAttribute("aria-pressed", "true");
    await expect(items).toHaveCount(wrongCount);
    await expect(items.getByText("Correct", { exact: true })).toHaveCount(0);
    await filter.click();
    await expect(items).toHaveCount(m);
  }
  if (wrongCount > 0) {
    await page.getByRole("button", { name: `Retry mistakes (${wrongCount})` }).click();
    expect((await position(page)).m).toBe(wrongCount);
  }
});

test("reload, closed tab and back button resume at the same question with the answers so far", async ({
  page,
  context,
}) => {
  await openFreshQuiz(page);
  await page.getByRole("button", { name: "Start quiz" }).click();
  const q1 = await currentQuestion(page);
  await answerByMouse(page, q1, rightAnswer(q1));
  await page.reload();
  await expect(page.getByRole("heading", { name: q1.prompt })).toBeVisible();
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  const { m } = await position(page);
  // The evidence link goes to the article; Back returns to the same place.
  await page.getByRole("link", { name: "Show me where it says that" }).click();
  await expect(page).toHaveURL(new RegExp(`/decks/${deck.id}#s-${q1.evidence.start}$`));
  await page.goBack();
  await expect(page.getByRole("heading", { name: q1.prompt })).toBeVisible();
  if (m > 1) {
    await page.getByRole("button", { name: "Next question" }).click();
    const q2 = await currentQuestion(page);
    await page.close();
    const again = await context.newPage();
    await again.goto(quizUrl);
    await expect(again.getByText(`Question 2 of ${m}`)).toBeVisible();
    await expect(again.getByRole("heading", { name: q2.prompt })).toBeVisible();
  }
});

test("quitting asks to confirm", async ({ page }) => {
  await openFreshQuiz(page);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.getByRole("button", { name: "Quit quiz" }).click();
  const dialog = page.getByRole("dialog", { name: "Quit this quiz?" });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Keep going" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Question 1 of/)).toBeVisible();
  await page.getByRole("button", { name: "Quit quiz" }).click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Quit quiz" }).click();
  await dialog.getByRole("button", { name: "Quit quiz" }).click();
  await expect(page.getByRole("button", { name: "Start quiz" })).toBeVisible();
});

test("corrupt saved data: a notice, the backup kept and downloadable, and a fresh start", async ({ page }) => {
  const corrupt = '{"state":{"quiz":{"attempts":[{"id":';
  await page.goto(quizUrl);
  // Wait for the first load to finish saving, so it cannot overwrite the corrupt value written next.
  await expect(page.getByRole("button", { name: "Start quiz" })).toBeVisible();
  await page.evaluate((raw) => {
    localStorage.clear();
    localStorage.setItem("factdeck", raw);
  }, corrupt);
  await page.reload();
  const notice = page.getByRole("status", { name: "Saved data" });
  await expect(notice).toContainText("Your saved progress could not be read");
  expect(await page.evaluate(() => localStorage.getItem("factdeck:backup:1"))).toBe(corrupt);
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    notice.getByRole("button", { name: "Download the backup" }).click(),
  ]);
  const path = await download.path();
  const fs = await import("node:fs");
  expect(fs.readFileSync(path, "utf8")).toBe(corrupt);
  // Recover: a new quiz is saved, and the next load has no notice and keeps the backup.
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByText(/^Question 1 of/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^Question 1 of/)).toBeVisible();
  await expect(notice).toBeEmpty();
  expect(await page.evaluate(() => localStorage.getItem("factdeck:backup:1"))).toBe(corrupt);
});

test("axe finds no violations on setup, question, feedback and results (every question type)", async ({ page }) => {
  test.setTimeout(240_000);
  await openFreshQuiz(page);
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: /^All/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  const { m } = await position(page);
  const seen = new Set<string>();
  for (let i = 1; i <= m; i++) {
    const q = await currentQuestion(page);
    const first = !seen.has(q.type);
    seen.add(q.type);
    if (first) await expectNoAxeViolations(page);
    await answerByMouse(page, q, wrongAnswer(q) ?? rightAnswer(q));
    if (first) await expectNoAxeViolations(page);
    await page.getByRole("button", { name: i === m ? "See results" : "Next question" }).click();
  }
  expect(seen.size).toBe(new Set(deck.questions.map((q) => q.type)).size);
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("test mode gives no feedback until the results", async ({ page }) => {
  await openFreshQuiz(page);
  await page.getByRole("radio", { name: /^Test/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  const { m } = await position(page);
  for (let i = 1; i <= m; i++) {
    const q = await currentQuestion(page);
    // Nothing is checked in test mode, and the button says so (issue 13, item 10).
    await expect(
      page.getByRole("button", { name: q.type === "ordering" ? "Save order" : "Save answer" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /^Check/ })).toHaveCount(0);
    await answerByMouse(page, q, rightAnswer(q));
    if (i < m) {
      await expect(page.getByText(`Question ${i + 1} of ${m}`)).toBeVisible();
      await expect(page.getByRole("status", { name: "Feedback" })).toBeEmpty();
    }
  }
  await expect(page.getByText(`${m} of ${m} correct`)).toBeVisible();
});

test("an unknown deck id gives a 404 for the quiz too", async ({ page }) => {
  const res = await page.goto("/decks/no-such-deck-id/quiz");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("ordering questions by keyboard: set up, reorder with Move buttons, check", async ({ page }) => {
  const orderings = deck.questions.filter((q) => q.type === "ordering");
  test.skip(orderings.length === 0, "the deck has no ordering question");
  await openFreshQuiz(page);
  // Leave only "Put in order" checked, all by keyboard.
  for (const box of await page.getByRole("checkbox").all()) {
    const name =
      (await box.getAttribute("aria-label")) ?? (await box.evaluate((el) => el.parentElement?.textContent ?? ""));
    if (!name.startsWith("Put in order") && (await box.isChecked())) {
      await tabTo(page, box);
      await page.keyboard.press("Space");
    }
  }
  await tabTo(page, page.getByRole("button", { name: "Start quiz" }));
  await page.keyboard.press("Enter");
  const { m } = await position(page);
  expect(m).toBe(orderings.length);
  for (let i = 1; i <= m; i++) {
    const q = await currentQuestion(page);
    expect(q.type).toBe("ordering");
    await answerByKeyboard(page, q, rightAnswer(q));
    await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
    await page.keyboard.press("Enter");
  }
  await expect(page.getByText(`${m} of ${m} correct`)).toBeVisible();
});

test("a full storage: the user is told progress is not saved, and the quiz goes on", async ({ page }) => {
  await openFreshQuiz(page);
  // From now on every write of the store fails as a full localStorage does.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === "factdeck") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("status", { name: "Saved data" })).toContainText("Your progress is not being saved");
  const q = await currentQuestion(page);
  await answerByMouse(page, q, rightAnswer(q));
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  await expectNoAxeViolations(page);
});

test("a choice key and Enter pressed in one breath check that choice, before the page has redrawn", async ({
  page,
}) => {
  await openFreshQuiz(page);
  await page.getByRole("button", { name: "Start quiz" }).click();
  const { m } = await position(page);
  for (let i = 1; i <= m; i++) {
    const q = await currentQuestion(page);
    if (q.type === "multiple-choice" || q.type === "true-false" || q.type === "who-said") {
      const first = q.choices?.[0] ?? "True";
      // Both key presses are dispatched in one task, so the second comes before React has drawn the first.
      await page.evaluate(() => {
        const target = document.activeElement ?? document.body;
        for (const key of ["1", "Enter"]) {
          target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
        }
      });
      const feedback = page.getByRole("status", { name: "Feedback" });
      await expect(feedback).toContainText(first === q.answer ? "Correct" : `Incorrect — the answer is ${q.answer}`);
      await expect(page.getByText("Choose an answer first.")).toHaveCount(0);
      return;
    }
    await answerByMouse(page, q, rightAnswer(q));
    await page.getByRole("button", { name: i === m ? "See results" : "Next question" }).click();
  }
  throw new Error("the quiz had no choice question");
});
