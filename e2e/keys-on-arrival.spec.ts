import { test, expect } from "./fixtures";
import { answerByMouse, currentQuestion, deck, rightAnswer } from "./quiz-helpers";

// Issue 13, item 2: arriving by a link left focus on it, and Space or Enter did nothing until a click.

const grades = (page: import("@playwright/test").Page) =>
  page.getByRole("group", { name: "How well did you remember?" });

/** On the review page just reached: `key` shows the answer at once, and `grade` grades it. */
async function keysWorkAtOnce(page: import("@playwright/test").Page, key: string, grade: [string, string]) {
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await page.keyboard.press(key);
  await expect(grades(page)).toBeVisible();
  await page.keyboard.press(grade[0]);
  await expect(page.getByRole("status").filter({ hasText: `${grade[1]}: this card comes back` })).toBeVisible();
}

test("Review from the header: Space shows the answer at once, 3 grades it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
  await expect(page).toHaveURL("/review");
  await keysWorkAtOnce(page, "Space", ["3", "Good"]);
});

// Found walking the app after the merges: from a quiz in progress, the quiz's own prompt still held focus inside
// the page's main when the review mounted, so the card front was not focused and focus stayed on the header link.
test("Review from the header while a quiz is on screen: Space shows the answer at once", async ({ page }) => {
  await page.goto(`/decks/${deck.id}`);
  await page.getByRole("link", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(`/decks/${deck.id}/quiz`);
  await expect(page.getByText(/Question 1 of/)).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
  await expect(page).toHaveURL("/review");
  await keysWorkAtOnce(page, "Space", ["3", "Good"]);
});

test("Review flashcards on a deck page: Enter shows the answer at once", async ({ page }) => {
  await page.goto(`/decks/${deck.id}`);
  await page.getByRole("link", { name: "Review flashcards" }).click();
  await expect(page).toHaveURL(`/decks/${deck.id}/review`);
  await keysWorkAtOnce(page, "Enter", ["4", "Easy"]);
});

test("Review from the header after a deck page: a keyboard user who focused the link gets the keys too", async ({
  page,
}) => {
  await page.goto(`/decks/${deck.id}`);
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(grades(page)).toBeVisible();
});

test("Start quiz on a deck page: the quiz's keys work at once", async ({ page }) => {
  await page.goto(`/decks/${deck.id}`);
  await page.getByRole("link", { name: "Start quiz" }).click();
  const q = await currentQuestion(page);
  if (q.type === "cloze" || q.type === "numeric") {
    await page.keyboard.type(rightAnswer(q) as string);
    await page.keyboard.press("Enter");
  } else if (q.type === "ordering") {
    await answerByMouse(page, q, q.items!); // no single key answers an ordering: the keys after it are checked
  } else {
    const choices = await page.getByRole("radiogroup").getByRole("radio").all();
    let index = 0;
    for (const [i, c] of choices.entries()) if ((await c.getAttribute("value")) === rightAnswer(q)) index = i;
    await page.keyboard.press(String(index + 1));
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
});

// Issue 13, item 17: one click starts a quiz, from the deck page and from the home page's built-in deck.
test("Start quiz and the home page's Quiz button start a quiz in one click; the settings stay one link away", async ({
  page,
}) => {
  await page.goto(`/decks/${deck.id}`);
  await page.getByRole("link", { name: "Choose the questions and mode" }).click();
  await expect(page.getByRole("heading", { name: "Start a quiz" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decks" }).click();
  const title = (deck as unknown as { article: { title: string } }).article.title;
  await page.getByRole("listitem").filter({ hasText: title }).getByRole("link", { name: "Quiz", exact: true }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await expect(page).toHaveURL(`/decks/${deck.id}/quiz`);
  // A reload shows the quiz in progress, not a new one.
  const first = await page.locator("h2[id^=prompt-]").textContent();
  await page.reload();
  await expect(page.locator("h2[id^=prompt-]")).toHaveText(first!);
});
