import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { deck } from "./quiz-helpers";

// A first visit loads no validation code (Zod) on any page: there is nothing saved to check, and New deck
// loads its checks only when the form is used. Zod's core holds the string "$ZodType" once minified.
/** The paths of the scripts holding Zod that the page loads from now on (filled as they arrive). */
function watchZod(page: Page): string[] {
  const zod: string[] = [];
  page.on("response", async (res) => {
    if (res.url().endsWith(".js") && (await res.text().catch(() => "")).includes('"$ZodType"'))
      zod.push(new URL(res.url()).pathname);
  });
  return zod;
}

const deckUrl = `/decks/${deck.id}`;

for (const url of ["/", deckUrl, `${deckUrl}/quiz`, `${deckUrl}/review`, "/review", "/progress", "/new"]) {
  test(`a first visit to ${url.replace(deckUrl, "the deck")} loads no Zod, and leaves nothing saved`, async ({
    page,
  }) => {
    const zod = watchZod(page);
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("[aria-busy=true]")).toHaveCount(0); // saved data and decks were read
    expect(zod).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("factdeck")))).toEqual([]);
    // Reading saved decks does not create their database either (only saving one does).
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  });
}

test("New deck loads its checks once the form is used, and a saved draft brings them along on reload", async ({
  page,
}) => {
  const zod = watchZod(page);
  await page.goto("/new");
  await page.waitForLoadState("networkidle");
  expect(zod).toEqual([]);
  await page.getByLabel("Title").fill("A title");
  await expect.poll(() => zod.length).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem("factdeck:new-deck-draft"))).toContain("A title");
  zod.length = 0;
  await page.reload();
  await expect(page.getByLabel("Title")).toHaveValue("A title");
  expect(zod.length).toBeGreaterThan(0);
  // Emptied again: the draft is removed, not kept blank.
  await page.getByLabel("Title").fill("");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("factdeck:new-deck-draft"))).toBeNull();
});
