import { test, expect, expectNoAxeViolations } from "./fixtures";

test("home lists the built-in deck with its source, date and questions by type", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const deck = page.getByRole("listitem").filter({ hasText: "Xinhua" }).first();
  await expect(deck).toContainText("3 March 2025");
  await expect(deck.getByRole("list", { name: "Questions by type" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the deck page shows the article verbatim with its attribution", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("link", { name: /Ukraine/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ukraine");
  await expect(page.getByText("Source: Xinhua")).toBeVisible();
  await expect(page.locator(".article-body")).toContainText("more than 5,000 air defense missiles");
  // Captions are kept apart from the body.
  await expect(page.locator(".article-body")).not.toContainText("Photo by Peter Druk");
  await expect(page.getByRole("heading", { name: "Photo captions" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an unknown deck id is a 404 page", async ({ page }) => {
  const res = await page.goto("/decks/no-such-deck-id");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See all decks" })).toBeVisible();
  await expectNoAxeViolations(page);
});
