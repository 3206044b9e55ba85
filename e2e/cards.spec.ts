import { test, expect, expectNoAxeViolations } from "./fixtures";
import deck from "../data/decks/london-defence-summit.deck.json";
import { missOneQuestion, quizUrl } from "./quiz-helpers";

// Counted from the deck file, so the test follows the deck as the generator changes it.
const DAILY_NEW_LIMIT = 20;
const newToday = Math.min(deck.questions.length, DAILY_NEW_LIMIT);
const reviewUrl = `/decks/${deck.id}/review`;
const counts = (page: import("@playwright/test").Page) => page.getByRole("list", { name: "Cards to review" });

/** Grades every new card Easy by keyboard until nothing is due; `axe` checks the first front and back. */
async function reviewAllByKeyboard(page: import("@playwright/test").Page, axe = false) {
  for (let i = 0; i < newToday; i++) {
    await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
    await page.keyboard.press(i % 2 ? "Enter" : "Space");
    const grades = page.getByRole("group", { name: "How well did you remember?" });
    await expect(grades.getByRole("button", { name: /^Easy next in \d+d$/ })).toBeVisible();
    if (i === 0 && axe) await expectNoAxeViolations(page);
    await page.keyboard.press("4");
    await expect(page.getByRole("status").filter({ hasText: "Easy: this card comes back in" })).toBeVisible();
    await expect(counts(page)).toContainText(`${newToday - i - 1} new`);
  }
  await expect(page.getByRole("heading", { name: "Nothing due right now" })).toBeVisible();
}

test("review a deck by keyboard to nothing due, reload and find it kept, then undo", async ({ page }) => {
  test.slow(); // up to 20 cards, each shown, graded and checked
  await page.goto(reviewUrl);
  await expect(counts(page)).toContainText(`${newToday} new`);
  await expectNoAxeViolations(page);
  await reviewAllByKeyboard(page, true);
  await expect(page.getByRole("heading", { name: "Nothing due right now" })).toBeVisible();
  await expect(
    page.getByText(/The next card is due in (less than a minute|\d+ (minutes?|hours?|days?))/),
  ).toBeVisible();
  const waiting = deck.questions.length - newToday;
  if (waiting > 0) await expect(page.getByText(new RegExp(`${waiting} more waits? for tomorrow`))).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Nothing due right now" })).toBeVisible();
  await expect(counts(page)).toContainText("0 new");

  await page.keyboard.press("Control+z");
  await expect(page.getByRole("status").filter({ hasText: "Undone" })).toBeVisible();
  await expect(counts(page)).toContainText("1 new");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeFocused();
  // Undo goes back through many grades, as Anki's does (issue 13 item 7): Ctrl+Z again, then the button.
  await page.keyboard.press("Control+z");
  await expect(counts(page)).toContainText("2 new");
  await page.getByRole("button", { name: "Undo last grade" }).click();
  await expect(counts(page)).toContainText("3 new");
  const left = newToday - 3;
  await expect(page.getByRole("status").filter({ hasText: "Undone" })).toContainText(`${left || "No"} more to undo.`);
  // The undone card is the last one taken back, and it is exactly new again: grading shows new-card intervals.
  await page.getByRole("button", { name: "Show answer" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /^Good next in <10m$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the buttons work by mouse too, and Again brings the card back soon", async ({ page }) => {
  await page.goto(reviewUrl);
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Again/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Again: this card comes back in 1 minute" })).toBeVisible();
  await expect(counts(page)).toContainText("1 learning");
  await page.getByRole("button", { name: "Undo last grade" }).click();
  await expect(counts(page)).toContainText("0 learning");
  await expect(counts(page)).toContainText(`${newToday} new`);
});

test("/review spans all built-in decks; an unknown deck's review is a 404", async ({ page }) => {
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(counts(page)).toContainText(`${newToday} new`);
  await expectNoAxeViolations(page);
  const res = await page.goto("/decks/no-such-deck-id/review");
  expect(res?.status()).toBe(404);
});

test("a question missed in a quiz makes its card due now", async ({ page }) => {
  test.slow();
  await page.goto(reviewUrl);
  await reviewAllByKeyboard(page);
  await expect(counts(page)).toContainText("0 due");

  await page.goto(quizUrl);
  await page.getByRole("button", { name: "Start quiz" }).click();
  const missed = await missOneQuestion(page);
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Incorrect");

  await page.goto(reviewUrl);
  await expect(counts(page)).toContainText("1 due");
  await page.keyboard.press("Space");
  // An ordering card's back is the items as a numbered list; any other card's is one line.
  if (missed.type === "ordering")
    await expect(page.getByRole("list", { name: "Answer" }).getByRole("listitem")).toHaveText(missed.items!);
  else await expect(page.getByText(`Answer: ${missed.answer}`)).toBeVisible();
  // Easy sends it days away, whether it was new (beyond today's limit) or already learned.
  await page.keyboard.press("4");
  await expect(page.getByRole("heading", { name: "Nothing due right now" })).toBeVisible();
});

test("with today's new cards done, 'Learn more today' lets more in for today only", async ({ page }) => {
  await page.goto("/progress");
  await expect(page.getByLabel("New cards per day")).toBeEnabled();
  await page.getByLabel("New cards per day").fill("1");
  await page.goto(reviewUrl);
  await expect(counts(page)).toContainText("1 new");
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Easy/ }).click();
  await expect(page.getByRole("heading", { name: "Nothing due right now" })).toBeVisible();
  const more = Math.min(10, deck.questions.length - 1);
  await page.getByRole("button", { name: `Learn ${more} more today` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${more} more new cards for today.` })).toBeVisible();
  await expect(counts(page)).toContainText(`${more} new`);
  await expect(page.getByRole("button", { name: "Show answer" })).toBeFocused();
  // Kept across a reload the same day.
  await page.reload();
  await expect(counts(page)).toContainText(`${more} new`);
  await expectNoAxeViolations(page);
});

test("the scheduler loads after the page: an answer asked for before it is there is shown once it comes", async ({
  page,
}) => {
  // Hold back the chunk holding ts-fsrs (found by its FSRSError class) until the test lets it through.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    let response: Awaited<ReturnType<typeof route.fetch>>;
    let body: string;
    try {
      response = await route.fetch();
      body = await response.text();
    } catch {
      // The page went away while a late chunk was fetched (the test is over): there is nobody left to answer.
      return;
    }
    if (body.includes("FSRSError")) {
      held += 1;
      await released;
    }
    await route.fulfill({ response, body });
  });
  await page.goto(reviewUrl);
  await expect(counts(page)).toContainText(`${newToday} new`);
  // The card is on screen without the scheduler, which has been asked for (and is held back).
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await expect.poll(() => held).toBe(1);
  await page.getByRole("button", { name: "Show answer" }).click();
  const grades = page.getByRole("group", { name: "How well did you remember?" });
  await expect(grades).toHaveCount(0);
  release();
  // The answer asked for is shown once the scheduler is there, and grading works.
  await expect(grades.getByRole("button", { name: /^Good next in / })).toBeFocused();
  await page.keyboard.press("3");
  await expect(page.getByRole("status").filter({ hasText: "Good: this card comes back in" })).toBeVisible();
  await expect(counts(page)).toContainText(`${newToday - 1} new`);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});
