import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { quizUrl } from "./quiz-helpers";

// The shared fixture fails any page that logs a console error, and a render error is logged by React: this spec
// checks its own page for what should not happen (an uncaught page error, a request off the origin).
const test = base;

test("a page that fails to render shows the error page, which tries again and leads home", async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  const uncaught: string[] = [];
  page.on("request", (r) => {
    if (!/^(data|blob|about):/.test(r.url()) && new URL(r.url()).origin !== new URL(baseURL!).origin)
      foreign.push(r.url());
  });
  page.on("pageerror", (e) => uncaught.push(e.message));
  // The quiz setup draws its seed while it renders: the draw fails (as a real fault would) until the test
  // says the fault is over (React renders once more before giving up, so failing only once would be hidden).
  await page.addInitScript(() => {
    const draw = crypto.getRandomValues.bind(crypto);
    const w = window as unknown as { faultOver?: boolean };
    crypto.getRandomValues = ((a: Uint32Array) => {
      if (!w.faultOver) throw new Error("no randomness today");
      return draw(a);
    }) as typeof crypto.getRandomValues;
  });
  await page.goto(quizUrl);

  const heading = page.getByRole("heading", { level: 1, name: "Something went wrong" });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible(); // the header stays
  // The fault is over (axe draws random numbers too); the error page stays until Try again.
  await page.evaluate(() => ((window as unknown as { faultOver?: boolean }).faultOver = true));
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await expect(heading).toBeVisible();

  // Try again renders the page anew: the quiz setup is there this time.
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("button", { name: "Start quiz" })).toBeVisible();
  await expect(heading).toHaveCount(0);

  expect(foreign).toEqual([]);
  expect(uncaught).toEqual([]);
});

test("the error page's way back leads to the home page", async ({ page }) => {
  await page.addInitScript(() => {
    crypto.getRandomValues = (() => {
      throw new Error("no randomness at all");
    }) as typeof crypto.getRandomValues;
  });
  await page.goto(quizUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  await page.getByRole("link", { name: "See all decks" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toHaveCount(0);
});
