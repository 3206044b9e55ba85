import fs from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { fillArticle, freshArticle, generateAndSave, readSavedDeck } from "./new-deck-helpers";
import { answerByMouse, wrongAnswer, type DeckQuestion } from "./quiz-helpers";
import builtin from "../data/decks/london-defence-summit.deck.json";

const builtinTitle = builtin.article.title;

/** Pastes the test article on /new, generates and saves it; returns the saved deck's id. */
async function saveFreshDeck(page: Page): Promise<string> {
  await page.goto("/new");
  await fillArticle(page);
  await generateAndSave(page);
  await page.goto("/");
  const href = await page.getByRole("link", { name: freshArticle.title }).getAttribute("href");
  return href!.split("/")[2]!;
}

/** Takes a whole quiz on the saved deck, missing the first question that has a wrong answer; returns it. */
async function quizMissingOne(
  page: Page,
  deckId: string,
  questions: DeckQuestion[],
): Promise<{ missed: DeckQuestion; asked: number }> {
  await page.goto(`/decks/${deckId}/quiz`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  const m = Number((await page.getByText(/^Question \d+ of \d+$/).textContent())!.match(/of (\d+)/)![1]);
  let missed: DeckQuestion | undefined;
  for (let i = 1; i <= m; i++) {
    const prompt = (await page.locator("h2[id^=prompt-]").textContent())?.trim();
    const q = questions.find((x) => x.prompt === prompt)!;
    expect(q, `question on screen is from the saved deck: ${prompt}`).toBeDefined();
    const wrong = missed ? null : wrongAnswer(q);
    if (wrong !== null) missed = q;
    await answerByMouse(page, q, wrong ?? (q.type === "ordering" ? q.items! : q.answer));
    await expect(page.getByRole("status", { name: "Feedback" })).toContainText(
      wrong === null ? "Correct" : "Incorrect",
    );
    await page.getByRole("button", { name: i === m ? "See results" : "Next question" }).click();
  }
  await expect(page.getByText(`${m - 1} of ${m} correct`)).toBeVisible();
  return { missed: missed!, asked: m };
}

test("a saved deck shows on /progress (by title, with its Anki export) and its missed card on /review", async ({
  page,
}, info) => {
  test.setTimeout(180_000); // generation and a whole quiz, on a machine that may be busy
  const deckId = await saveFreshDeck(page);
  expect(deckId).toMatch(/^my-/);
  const saved = await readSavedDeck(page, deckId);
  const { missed, asked } = await quizMissingOne(page, deckId, saved.questions);

  // Progress names the saved deck by its title, in the score history and the accuracy by deck.
  await page.goto("/progress");
  const byDeck = page.getByRole("table", { name: "Accuracy by deck" });
  await expect(byDeck.getByRole("rowheader", { name: freshArticle.title })).toBeVisible();
  await expect(byDeck.getByRole("row", { name: new RegExp(freshArticle.title) })).toContainText(
    `(${asked - 1} of ${asked})`,
  );
  await expect(byDeck).not.toContainText(deckId);
  await page.getByText("Scores as a table").click();
  const history = page.getByRole("table", { name: "Every finished quiz, oldest first" });
  await expect(history).toContainText(freshArticle.title);
  await expect(history).not.toContainText(deckId);

  // Its Anki export sits beside the built-in deck's, and holds its cards.
  await expect(page.getByRole("button", { name: `Download for Anki: ${builtinTitle}` })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: `Download for Anki: ${freshArticle.title}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`factdeck-${deckId}-anki.txt`);
  const file = info.outputPath("anki.txt");
  await download.saveAs(file);
  const text = fs.readFileSync(file, "utf8");
  expect(text).toContain(`#deck:Factdeck::${freshArticle.title}\n`);
  // A note starts a line with its guid (the back, answer and sentence, spans lines inside quotes).
  const guids = text.split("\n").filter((l) => saved.questions.some((q) => l.startsWith(`${q.id}\t`)));
  expect(guids).toHaveLength(saved.questions.length);
  await expect(
    page.getByRole("status").filter({ hasText: `Exported “${freshArticle.title}” for Anki.` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // /review spans every deck: the card of the missed question is due first, labelled with its deck.
  await page.goto("/review");
  const card = page.getByRole("article");
  await expect(card.getByText(freshArticle.title, { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Cards to review" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Space");
  await expect(card.locator("blockquote")).toHaveText(missed.evidence.sentence);
  await page.keyboard.press("3");
  await expect(page.getByRole("status").filter({ hasText: "Good: this card comes back" })).toBeVisible();
  // Then the built-in deck's new cards.
  await expect(card.getByText(builtinTitle, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("without saved decks, /review and /progress show the built-in deck only", async ({ page }) => {
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
  await expect(page.getByRole("article").getByText(builtinTitle, { exact: true })).toHaveCount(0); // one deck: no deck label
  await page.goto("/progress");
  await expect(
    page
      .getByRole("list")
      .filter({ has: page.getByRole("button", { name: /^Download for Anki/ }) })
      .getByRole("listitem"),
  ).toHaveCount(1);
});

// Screenshots for looking at the pages (SHOTS=dir to run): 390 and 1280 px, light and dark.
test("screenshots of /review and /progress with a saved deck", async ({ page }) => {
  const dir = process.env.SHOTS;
  test.skip(!dir, "set SHOTS=<dir> to take screenshots");
  test.setTimeout(240_000);
  const deckId = await saveFreshDeck(page);
  await quizMissingOne(page, deckId, (await readSavedDeck(page, deckId)).questions);
  for (const width of [390, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/review");
      await expect(page.getByRole("article").getByText(freshArticle.title, { exact: true })).toBeVisible();
      await page.screenshot({ path: `${dir}/review-${width}-${scheme}.png`, fullPage: true });
      await page.goto("/progress");
      await expect(page.getByRole("button", { name: `Download for Anki: ${freshArticle.title}` })).toBeVisible();
      await page.screenshot({ path: `${dir}/progress-${width}-${scheme}.png`, fullPage: true });
    }
  }
});
