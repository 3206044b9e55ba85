import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

// A first visit loads no validation code (Zod) on any page: there is nothing saved to check, and New deck
// loads its checks only when the form is used. Zod's core holds the string "$ZodType" once minified.
async function zodChunksLoaded(page: Page, url: string): Promise<string[]> {
  const zod: string[] = [];
  page.on("response", async (res) => {
    if (!res.url().endsWith(".js")) return;
    const body = await res.text().catch(() => "");
    if (body.includes('"$ZodType"')) zod.push(new URL(res.url()).pathname);
  });
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0); // saved data and decks were read
  return zod;
}

const deck = "/decks/britain-to-let-ukraine-buy-air-defense-missiles-with-export-6d8e2d9a";

for (const url of ["/", deck, `${deck}/quiz`, `${deck}/review`, "/review", "/progress", "/new"]) {
  test(`a first visit to ${url.replace(deck, "the deck")} loads no Zod, and leaves nothing saved`, async ({ page }) => {
    expect(await zodChunksLoaded(page, url)).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("factdeck")))).toEqual([]);
  });
}

test("New deck loads its checks once the form is used, and a saved draft brings them along on reload", async ({ page }) => {
  const zod: string[] = [];
  page.on("response", async (res) => {
    if (res.url().endsWith(".js") && (await res.text().catch(() => "")).includes('"$ZodType"')) zod.push(res.url());
  });
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
