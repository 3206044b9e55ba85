import { test, expect, expectNoAxeViolations } from "./fixtures";
import { fillArticle, freshArticle, readSavedDeck, watchForScripts } from "./new-deck-helpers";
import { answerByMouse } from "./quiz-helpers";

test.describe.configure({ mode: "serial" });

test("paste a new article, preview, drop and edit, save, find it on the home page, open it, delete it", async ({
  page,
}) => {
  test.setTimeout(180_000); // a whole quiz, on a machine that may be busy
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  const watch = await watchForScripts(page); // no CSP violation on any page of the flow
  await page.goto("/new");
  await expect(page.getByRole("heading", { level: 1, name: "Make a deck from an article" })).toBeVisible();
  await fillArticle(page);
  await expect(page.getByLabel("Article text")).toHaveValue(freshArticle.text);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Generate questions" }).click();
  const preview = page.getByRole("heading", { level: 2, name: /^Preview: \d+ questions$/ });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  expect(workers.length, "the generator ran in a Web Worker").toBe(1);
  await expect(page.getByRole("status").filter({ hasText: /^Made \d+ questions/ })).toBeVisible();
  const count = Number((await preview.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(3);
  expect(await watch.csp()).toEqual([]);
  // Grouped by type, each question with its evidence sentence from the article.
  expect(await page.getByRole("heading", { level: 3 }).count()).toBeGreaterThan(1);
  const evidence = await page.locator("blockquote").allTextContents();
  expect(evidence).toHaveLength(count);
  for (const e of evidence) expect(freshArticle.text).toContain(e.replace(/^Evidence: /, ""));
  await expectNoAxeViolations(page);

  // Drop one question.
  await page.getByRole("button", { name: "Drop question 1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Preview: ${count - 1} questions` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Dropped question 1." })).toBeVisible();

  // Edit one: the new prompt is what is saved; an empty prompt is refused.
  await page.getByRole("button", { name: "Edit question 1", exact: true }).click();
  const editor = page.getByRole("form", { name: "Edit question 1" });
  await editor.getByLabel("Question").fill("");
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByRole("alert")).toHaveText("The question cannot be empty.");
  await editor.getByLabel("Question").fill("Edited: which town voted for the flood barrier?");
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Edited: which town voted for the flood barrier?")).toBeVisible();

  // The draft survives a reload, edits included.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: `Preview: ${count - 1} questions` })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(freshArticle.title);

  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Saved “${freshArticle.title}” in this browser.` }),
  ).toBeVisible();

  // Home lists it with date and question counts.
  await page.goto("/");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: freshArticle.title }) });
  await expect(card).toContainText("The Northern Courier · 14 October 2026");
  await expect(card).toContainText(`${count - 1} questions`);
  await expect(card.getByRole("list", { name: "Questions by type" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Its deck page reads it back from this browser.
  await card.getByRole("link", { name: freshArticle.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: freshArticle.title })).toBeVisible();
  await expect(page.locator(".article-body")).toContainText("We were warned for years");
  await expect(page.getByText(`${count - 1} questions`)).toBeVisible();
  const deckUrl = page.url();
  const deckId = new URL(deckUrl).pathname.split("/")[2]!;
  expect(await watch.csp()).toEqual([]);
  await expectNoAxeViolations(page);

  // Take a quiz on it, with the same quiz as a built-in deck; every answer right.
  const saved = await readSavedDeck(page, deckId);
  expect(saved.questions).toHaveLength(count - 1);
  expect(saved.questions.some((q) => q.prompt === "Edited: which town voted for the flood barrier?")).toBe(true);
  // One click starts it (issue 13), with the default settings; the query that asked for it is dropped.
  await page.getByRole("link", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(`/decks/${deckId}/quiz`);
  const position = page.getByText(/^Question \d+ of \d+$/);
  const m = Number((await position.textContent())!.match(/of (\d+)/)![1]);
  for (let i = 1; i <= m; i++) {
    const prompt = (await page.locator("h2[id^=prompt-]").textContent())?.trim();
    const q = saved.questions.find((x) => x.prompt === prompt)!;
    expect(q, `question on screen is from the saved deck: ${prompt}`).toBeDefined();
    await answerByMouse(page, q, q.type === "ordering" ? q.items! : q.answer);
    await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
    if (i === 1) {
      // Its evidence link goes to this saved deck's article, not a built-in page.
      await expect(page.getByRole("link", { name: "Show me where it says that" })).toHaveAttribute(
        "href",
        `/decks/${deckId}#s-${q.evidence.start}`,
      );
    }
    await page.getByRole("button", { name: i === m ? "See results" : "Next question" }).click();
  }
  await expect(page.getByText(`${m} of ${m} correct`)).toBeVisible();
  expect(await watch.csp()).toEqual([]);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Back to the article" }).last().click();
  await expect(page).toHaveURL(`/decks/${deckId}`);
  await expect(page.getByRole("heading", { level: 1, name: freshArticle.title })).toBeVisible();

  // Review its cards, with the same flashcards as a built-in deck: two graded Easy by keyboard.
  await page.getByRole("link", { name: "Review flashcards" }).click();
  await expect(page).toHaveURL(`/decks/${deckId}/review`);
  const cardCounts = page.getByRole("list", { name: "Cards to review" });
  await expect(cardCounts).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
    await page.keyboard.press("Space");
    await expect(page.getByRole("group", { name: "How well did you remember?" })).toBeVisible();
    await page.keyboard.press("4");
    await expect(page.getByRole("status").filter({ hasText: "Easy: this card comes back in" })).toBeVisible();
  }
  expect(await watch.csp()).toEqual([]);
  await expectNoAxeViolations(page);

  // Delete, with a confirmation; then it is gone everywhere, its quiz history too.
  const savedProgress = () => page.evaluate(() => localStorage.getItem("factdeck") ?? "");
  expect(await savedProgress()).toContain(`"deckId":"${deckId}"`);
  expect(await savedProgress()).toContain(`"${deckId}::`); // its cards
  await page.goto("/");
  await card.getByRole("button", { name: `Delete ${freshArticle.title}` }).click();
  await card.getByRole("button", { name: "Cancel" }).click();
  await expect(card).toBeVisible();
  await card.getByRole("button", { name: `Delete ${freshArticle.title}` }).click();
  await card.getByRole("button", { name: "Delete deck and progress" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Deleted “${freshArticle.title}” and its progress.` }),
  ).toBeVisible();
  expect(await savedProgress()).not.toContain(deckId);
  await page.reload();
  await expect(page.getByRole("link", { name: freshArticle.title })).toHaveCount(0);
  await page.goto(deckUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Deck not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See all decks" })).toBeVisible();
});

test("an unknown saved-deck id says so, with a link home; other unknown ids are a 404", async ({ page }) => {
  for (const path of ["/decks/my-no-such-deck", "/decks/my-no-such-deck/quiz", "/local/my-no-such-deck"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Deck not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "See all decks" })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  for (const path of ["/local/NOT_AN_ID", "/local/no-prefix-deck", "/decks/no-prefix-deck"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});
