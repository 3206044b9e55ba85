import { test, expect, expectNoAxeViolations } from "./fixtures";
import { deck } from "./quiz-helpers";

// Issue 13 item 8: due counts at a glance, as Anki's deck list shows them (home, the deck page, the header's
// Review link), and review retention and cards by state on Progress.

const newToday = Math.min(deck.questions.length, 20);
const title = (deck as unknown as { article: { title: string } }).article.title;
const nav = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Main" });

test("counts follow the grades: deck list, deck page, header, Progress", async ({ page }) => {
  await page.goto("/");
  const home = page.getByRole("list", { name: `Cards to review in ${title}` });
  await expect(home).toHaveText(new RegExp(`${newToday}\\s*new\\s*0\\s*learning\\s*0\\s*due`));
  // Nothing due: the header says nothing more than "Review".
  await expect(nav(page).getByRole("link", { name: "Review" })).toHaveText("Review");
  await expectNoAxeViolations(page);

  // Two cards graded Again: both in learning, due in a minute (within learn-ahead, as the review counts them).
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("list", { name: "Cards to review" })).toContainText(`${newToday} new`);
  await page.getByRole("link", { name: "Review flashcards" }).click();
  for (let i = 0; i < 2; i++) {
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /^Again/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "Again: this card comes back" })).toBeVisible();
  }
  // The header counts as the page grades.
  await expect(nav(page).getByRole("link", { name: "Review 2 cards due" })).toBeVisible();
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Easy/ }).click();
  await expect(nav(page).getByRole("link", { name: "Review 2 cards due" })).toBeVisible();

  await nav(page).getByRole("link", { name: "Decks" }).click();
  await expect(page.getByRole("list", { name: `Cards to review in ${title}` })).toHaveText(
    new RegExp(`${newToday - 3}\\s*new\\s*2\\s*learning\\s*0\\s*due`),
  );
  await expect(nav(page).getByRole("link", { name: "Review 2 cards due" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("list", { name: "Cards to review" })).toHaveText(
    new RegExp(`${newToday - 3}\\s*new\\s*2\\s*learning\\s*0\\s*due`),
  );

  // A reload reads the counts from what is saved.
  await page.reload();
  await expect(page.getByRole("list", { name: "Cards to review" })).toHaveText(
    new RegExp(`${newToday - 3}\\s*new\\s*2\\s*learning`),
  );
  await expect(nav(page).getByRole("link", { name: "Review 2 cards due" })).toBeVisible();

  await nav(page)
    .getByRole("link", { name: /^Progress/ })
    .click();
  await expect(page.getByRole("region", { name: "Review retention" })).toContainText(
    /33%\s*of your reviews in the last 30 days were remembered \(not graded Again\): 1 of 3\./,
  );
  const states = page.getByRole("table", { name: /Flashcards by state/ });
  await expect(states.getByRole("row", { name: /^Learning/ })).toContainText("2");
  await expect(states.getByRole("row", { name: /^Review/ })).toContainText("1");
  await expect(states.getByRole("row", { name: /^New/ })).toContainText(String(deck.questions.length - 3));
  await expectNoAxeViolations(page);
});
