import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import deck from "../data/decks/london-defence-summit.deck.json";
import { answerByMouse, currentQuestion, position, rightAnswer } from "./quiz-helpers";
import { fillArticle, freshArticle, generateAndSave } from "./new-deck-helpers";

// Playwright routes and takes offline the service worker's own requests too (Chromium), so "offline" here
// means the worker cannot reach the server either: what a page shows comes from what it kept.

/** Waits until the service worker controls the page: it has installed, so everything it keeps is kept. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const prompt = (page: Page) => page.locator(".update-prompt");

// With the network off, a link first asks the server for the next page's data (Next.js's client navigation);
// that request fails, as it must, and Next loads the page instead, which the service worker answers.
const OFFLINE =
  /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$|^Failed to fetch RSC payload for \S+\. Falling back to browser navigation\./;

test.describe("with the network off", () => {
  test.use({ expectedConsoleError: OFFLINE });

  test("after one visit every page opens and works offline: a quiz answered, a card graded, a deck made and saved", async ({
    page,
    context,
  }) => {
    test.slow(); // the generator runs in the worker, on two shared cores
    await page.goto("/");
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // Home, with the built-in deck, from a reload.
    await page.reload();
    const builtIn = page.getByRole("link", { name: deck.article.title }).first();
    await expect(builtIn).toBeVisible();

    // The built-in deck's page, then its quiz, reached by their links: one question answered.
    await builtIn.click();
    await expect(page.getByRole("heading", { level: 1, name: deck.article.title })).toBeVisible();
    await page.getByRole("link", { name: "Start quiz" }).first().click();
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
    const q = await currentQuestion(page);
    await answerByMouse(page, q, rightAnswer(q));
    await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");

    // Review from the main navigation: one card graded.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /^Good/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "Good: this card comes back in" })).toBeVisible();

    // Progress.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();

    // New deck: the generator's worker runs from what was kept; the deck is saved in this browser.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "New deck" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Make a deck from an article" })).toBeVisible();
    await fillArticle(page);
    await generateAndSave(page, freshArticle, 60_000);

    // The saved deck from the home page: its page, quiz and review, none of which was ever fetched online.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decks" }).click();
    await page.getByRole("link", { name: freshArticle.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: freshArticle.title })).toBeVisible();
    const deckId = new URL(page.url()).pathname.split("/")[2]!;
    expect(deckId).toMatch(/^my-/);
    await page.getByRole("link", { name: "Start quiz" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/decks/${deckId}/quiz$`));
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
    await page.goto(`/decks/${deckId}/review`);
    await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
    await expect(page.getByText(freshArticle.title, { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /^Good/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "Good: this card comes back in" })).toBeVisible();
    await expectNoAxeViolations(page);

    // A saved deck that does not exist is still said so, offline too.
    await page.goto("/decks/my-no-such-deck-0000");
    await expect(page.getByRole("heading", { level: 1, name: "Deck not found" })).toBeVisible();
  });
});

test("a new build is offered, not forced: the page stays as it is until the user reloads, and nothing is lost", async ({
  page,
  context,
}) => {
  // The service worker this browser installs is an older build's: the server's differs from it (by one line).
  // The browser finds the server's when it next checks, the way it finds a new build after a deploy.
  await context.route("**/sw.js", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// the build before\n` });
  });
  await page.goto(`/decks/${deck.id}/quiz`);
  await waitForServiceWorker(page);
  await context.unrouteAll();
  await page.getByRole("button", { name: "Start quiz" }).click();
  const q = await currentQuestion(page);
  await answerByMouse(page, q, rightAnswer(q));
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  const { m } = await position(page);
  await expect(prompt(page)).toBeEmpty();
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  // The browser checks for a new service worker (as it does on each visit to a page).
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

  const offer = page.getByRole("status").filter({ hasText: "A new version of Factdeck is ready." });
  await expect(offer).toBeVisible();
  await expect(offer.getByRole("button", { name: "Reload now" })).toBeVisible();
  // Not reloaded: the answer on screen, the same page.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expect(page.getByRole("heading", { name: q.prompt })).toBeVisible();
  await expectNoAxeViolations(page);

  await Promise.all([page.waitForEvent("load"), offer.getByRole("button", { name: "Reload now" }).click()]);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBeUndefined();
  await waitForServiceWorker(page);
  expect(
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null)),
  ).toBeNull();
  await expect(prompt(page)).toBeEmpty();
  // The quiz resumes where it was, with the answer given.
  await expect(page.getByRole("heading", { name: q.prompt })).toBeVisible();
  await expect(page.getByRole("status", { name: "Feedback" })).toContainText("Correct");
  expect((await position(page)).m).toBe(m);
});

test("the service worker is served fresh, under the site's policy, and Chromium finds the app installable", async ({
  page,
  context,
  request,
}) => {
  const sw = await request.get("/sw.js");
  expect(sw.status()).toBe(200);
  expect(sw.headers()["content-type"]).toMatch(/^application\/javascript/);
  expect(sw.headers()["cache-control"]).toBe("no-cache");
  expect(sw.headers()["content-security-policy"]).toContain("worker-src 'self'");

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const { icons } = (await manifest.json()) as { icons: { src: string; type: string }[] };
  for (const icon of icons) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()["content-type"], icon.src).toBe(icon.type);
  }

  await page.goto("/");
  await waitForServiceWorker(page);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  const cdp = await context.newCDPSession(page);
  const { errors } = await cdp.send("Page.getAppManifest");
  expect(errors).toEqual([]);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's browser contexts are private windows, where Chromium installs nothing: that is the one
  // reason it may give (a manifest or icon it does not accept would add its own).
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
});
