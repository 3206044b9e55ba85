import { test, expect } from "./fixtures";
import { fillArticle, freshArticle } from "./new-deck-helpers";

// Screenshots for looking at the pages (SHOTS=dir to run): 390 and 1280 px, light and dark.
const dir = process.env.SHOTS;
test.skip(!dir, "set SHOTS=<dir> to take screenshots");

for (const width of [390, 1280]) {
  for (const scheme of ["light", "dark"] as const) {
    test(`new deck pages at ${width}px, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/new");
      await page.getByRole("button", { name: "Generate questions" }).click();
      await expect(page.getByText("Give the article a title.")).toBeVisible();
      await page.screenshot({ path: `${dir}/new-errors-${width}-${scheme}.png`, fullPage: true });
      await fillArticle(page);
      await page.getByRole("button", { name: "Generate questions" }).click();
      await expect(page.getByRole("heading", { name: /^Preview/ })).toBeVisible({ timeout: 30_000 });
      await page.getByRole("heading", { name: /^Preview/ }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${dir}/new-preview-${width}-${scheme}.png` });
      await page.getByRole("button", { name: "Edit question 2", exact: true }).click();
      await page.getByRole("button", { name: "Save changes" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${dir}/new-edit-${width}-${scheme}.png` });
      await page.getByRole("button", { name: "Save deck" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${dir}/new-save-${width}-${scheme}.png` });
      await page.getByRole("button", { name: "Save deck" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
      await page.screenshot({ path: `${dir}/new-saved-${width}-${scheme}.png`, fullPage: false });
      await page.goto("/");
      await page.getByRole("button", { name: `Delete ${freshArticle.title}` }).click();
      await page.getByRole("heading", { name: "Your decks" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${dir}/home-${width}-${scheme}.png` });
      await page.getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("link", { name: freshArticle.title }).click();
      await expect(page.getByRole("heading", { level: 1, name: freshArticle.title })).toBeVisible();
      await page.screenshot({ path: `${dir}/local-deck-${width}-${scheme}.png`, fullPage: false });
    });
  }
}
