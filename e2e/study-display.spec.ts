import { test, expect } from "./fixtures";
import { deck } from "./quiz-helpers";

// Issue 13, items 12 and 13: flashcard backs mark the answer and say what a true/false card's sentence is;
// the article shows glued sentences spaced, its text unchanged.

const article = (deck as unknown as { article: { text: string } }).article.text;

test("flashcard backs mark the answer in the sentence, and a true/false back says the sentence is the fact", async ({
  page,
}) => {
  await page.goto(`/decks/${deck.id}`);
  await page.getByRole("link", { name: "Review flashcards" }).click();
  let marked = false;
  let trueFalse = false;
  for (let i = 0; i < deck.questions.length && !(marked && trueFalse); i++) {
    const front = (await page.locator("#card-front").textContent())!;
    await page.getByRole("button", { name: "Show answer" }).click();
    const q = deck.questions.find((x) => x.prompt === front); // a cloze card's front is its own: skipped
    const back = page.locator("article blockquote");
    if (q?.type === "true-false") {
      await expect(page.locator("article")).toContainText(`${q.answer} — the article says:`);
      trueFalse = true;
    } else if (q && q.type !== "ordering" && q.evidence.sentence.includes(q.answer)) {
      await expect(back.locator("mark").first()).toHaveText(q.answer);
      marked = true;
    }
    await page.keyboard.press("4");
    await expect(page.getByRole("status").filter({ hasText: "Easy:" })).toBeVisible();
  }
  expect(marked && trueFalse).toBe(true);
});

test("glued sentences are shown spaced; the article's text is unchanged", async ({ page }) => {
  expect(article).toContain("London.The goal");
  await page.goto(`/decks/${deck.id}`);
  const body = page.locator(".article-body");
  await expect(body).toContainText("London.The goal"); // the text itself, as stored
  const gaps = await body.evaluate((el) =>
    [...el.querySelectorAll(".gap")].map((g) => {
      const range = document.createRange();
      range.setStart(el, 0);
      range.setEndBefore(g);
      return {
        before: range.toString().slice(-7),
        after: (g.nextSibling?.textContent ?? g.parentElement?.nextSibling?.textContent ?? "").slice(0, 8),
        shown: getComputedStyle(g, "::before").content,
      };
    }),
  );
  expect(gaps).toContainEqual({ before: "London.", after: "The goal", shown: '" "' });
  expect(gaps.length).toBeGreaterThanOrEqual(3);
});
