import { test, expect } from "./fixtures";
import { fillArticle, freshArticle } from "./new-deck-helpers";
import {
  answerByMouse,
  currentQuestion,
  deck,
  missOneQuestion,
  openFreshQuiz,
  position,
  rightAnswer,
  takeShortQuizRight,
} from "./quiz-helpers";

// What a newcomer's walk through the app found, each checked where it happened.

test("coming back to a finished quiz opens a new one, with the last result one click away", async ({ page }) => {
  await openFreshQuiz(page);
  const m = await takeShortQuizRight(page);
  await expect(page.getByText(`${m} of ${m} correct`)).toBeVisible();
  await page.getByRole("link", { name: "Back to the article", exact: true }).click();
  await page.getByRole("link", { name: "Choose the questions and mode" }).click();
  await expect(page.getByRole("heading", { name: "Start a quiz" })).toBeVisible();
  await expect(page.getByText(`Your last quiz on this deck: ${m} of ${m} correct (100%).`)).toBeVisible();
  await page.getByRole("button", { name: "See its results" }).click();
  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  await expect(page.getByText(`${m} of ${m} correct`)).toBeVisible();
});

test("quitting says what happens to the questions missed so far", async ({ page }) => {
  await openFreshQuiz(page);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.getByRole("button", { name: "Quit quiz" }).click();
  const dialog = page.getByRole("dialog", { name: "Quit this quiz?" });
  await expect(dialog).toContainText("This quiz will not be scored");
  await expect(dialog).not.toContainText("missed");
  await dialog.getByRole("button", { name: "Keep going" }).click();
  // Miss one, then ask to quit again.
  await missOneQuestion(page);
  await page.getByRole("button", { name: "Quit quiz" }).click();
  await expect(dialog).toContainText(
    "The questions you have missed so far stay in your flashcards, due for review now.",
  );
});

test("the evidence link marks the sentence in the article and moves focus to it", async ({ page }) => {
  await openFreshQuiz(page);
  await page.getByRole("button", { name: "Start quiz" }).click();
  const q = await currentQuestion(page);
  await answerByMouse(page, q, rightAnswer(q));
  await page.getByRole("link", { name: "Show me where it says that" }).click();
  await expect(page).toHaveURL(new RegExp(`/decks/${deck.id}#s-${q.evidence.start}$`));
  const sentence = page.locator(`[id="s-${q.evidence.start}"]`);
  await expect(sentence).toBeFocused();
  await expect(sentence).toHaveAttribute("data-current", "");
  // Marked with the highlight colour, not only focused.
  const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
  await expect(page.locator(".sentence[data-current]")).toHaveCount(1);
});

test("keyboard focus stays in place after dropping, editing and deleting, and the counts agree", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/new");
  await fillArticle(page);
  await page.getByRole("button", { name: "Generate questions" }).click();
  // The generator runs in a worker; on a loaded machine it can take longer than the default wait.
  await expect(page.getByRole("heading", { level: 2, name: /^Preview: \d+ questions$/ })).toBeVisible({
    timeout: 30_000,
  });

  // Drop: focus goes to the question that took its place, not to the top of the page.
  const firstEdit = page.getByRole("button", { name: /^Edit question \d+$/ }).first();
  const firstName = (await firstEdit.getAttribute("aria-label"))!;
  const n = Number(/\d+/.exec(firstName)![0]);
  await page.getByRole("button", { name: `Drop question ${n}`, exact: true }).click();
  await expect(page.getByRole("button", { name: /^Edit question \d+$/ }).first()).toBeFocused();

  // Edit, then Cancel or Save: focus comes back to that question's Edit button.
  const edit = page.getByRole("button", { name: /^Edit question \d+$/ }).first();
  const editName = (await edit.getAttribute("aria-label"))!;
  await edit.click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: editName, exact: true })).toBeFocused();
  await page.getByRole("button", { name: editName, exact: true }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("button", { name: editName, exact: true })).toBeFocused();

  // Save, then delete it from the home page: Cancel returns to Delete, deleting to the list's heading.
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Saved “${freshArticle.title}” in this browser.` }),
  ).toBeVisible();
  await page.goto("/");
  const del = page.getByRole("button", { name: `Delete ${freshArticle.title}` });
  await del.click();
  await page
    .getByRole("group", { name: `Confirm deleting ${freshArticle.title}` })
    .getByRole("button", { name: "Cancel" })
    .click();
  await expect(del).toBeFocused();
  await del.click();
  await page.getByRole("button", { name: "Delete deck and progress" }).click();
  await expect(page.getByRole("heading", { name: "Your decks" })).toBeFocused();
  await expect(
    page.getByRole("status").filter({ hasText: `Deleted “${freshArticle.title}” and its progress.` }),
  ).toBeVisible();
});

test("the character counter and the too-short message count the same characters", async ({ page }) => {
  await page.goto("/new");
  await page.getByLabel("Title").fill("Short");
  // Spaces at the ends and a Windows line end: neither is counted by the checks, so neither by the counter.
  await page.getByLabel("Article text").fill("   One sentence here.\r\nTwo sentences here. Three sentences.   ");
  const counted = "One sentence here.\nTwo sentences here. Three sentences.".length;
  await expect(page.getByText(`${counted} of 100,000 characters`)).toBeVisible();
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(page.getByText(`(it has ${counted})`)).toBeVisible();
});

// Generator 2.0.0's built-in deck has no fill-in-the-blank question to mistype; the check of spelling slips
// (tests/quiz) stands meanwhile. To do: run this on a saved deck made from an article with typed name answers.
test.fixme("a typed answer with one spelling slip counts, and the feedback shows the spelling", async ({ page }) => {
  await openFreshQuiz(page);
  const fill = page.getByRole("group", { name: "Question types" });
  for (const box of await fill.getByRole("checkbox").all())
    if (!/Fill in the blank/.test((await box.locator("xpath=..").textContent()) ?? "")) await box.uncheck();
  await page.getByRole("radio", { name: /^All/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  const { m } = await position(page);
  for (let i = 1; i <= m; i++) {
    const q = await currentQuestion(page);
    const word = q.answer.split(" ").find((w) => /^[A-Za-z]{6,}$/.test(w));
    if (!word) {
      await answerByMouse(page, q, rightAnswer(q));
      await page.getByRole("button", { name: i === m ? "See results" : "Next question" }).click();
      continue;
    }
    // Two letters in the middle of one word swapped: "Britain" → "Brtiain".
    const slip = q.answer.replace(word, word.slice(0, 2) + word[3] + word[2] + word.slice(4));
    await answerByMouse(page, q, slip);
    const feedback = page.getByRole("status", { name: "Feedback" });
    await expect(feedback).toContainText("Correct");
    await expect(feedback).toContainText(`it is spelled ${q.answer}`);
    return;
  }
  throw new Error("no fill-in-the-blank answer with a word of six letters in the built-in deck");
});
