import { test, expect, expectNoAxeViolations } from "./fixtures";
import { fillArticle, freshArticle } from "./new-deck-helpers";

test.describe.configure({ mode: "serial" });

test("paste a new article, preview, drop and edit, save, find it on the home page, open it, delete it", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
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
  await expect(page.getByRole("status").filter({ hasText: `Saved “${freshArticle.title}” in this browser.` })).toBeVisible();

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
  await expectNoAxeViolations(page);

  // Delete, with a confirmation; then it is gone everywhere.
  await page.goto("/");
  await card.getByRole("button", { name: `Delete ${freshArticle.title}` }).click();
  await card.getByRole("button", { name: "Cancel" }).click();
  await expect(card).toBeVisible();
  await card.getByRole("button", { name: `Delete ${freshArticle.title}` }).click();
  await card.getByRole("button", { name: "Delete deck and progress" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Deleted “${freshArticle.title}” and its progress.` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: freshArticle.title })).toHaveCount(0);
  await page.goto(deckUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Deck not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See all decks" })).toBeVisible();
});

test("an unknown local deck id says so, with a link home; a malformed one is a 404", async ({ page }) => {
  await page.goto("/local/no-such-deck-0000");
  await expect(page.getByRole("heading", { level: 1, name: "Deck not found" })).toBeVisible();
  await expectNoAxeViolations(page);
  const res = await page.goto("/local/NOT_AN_ID");
  expect(res?.status()).toBe(404);
});
