import { test, expect } from "./fixtures";
import { freshArticle, paste, watchForScripts } from "./new-deck-helpers";

// Issue 13, item 18: pasted raw HTML with <style> logged a CSP error (nothing ran, but the console said so).

test("pasted page source with styles and scripts is reduced to its text with no CSP report", async ({ page }) => {
  const watch = await watchForScripts(page);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto("/new");
  const body = freshArticle.text
    .split("\n\n")
    .map((p) => `<p style="color:red">${p}</p>`)
    .join("");
  const source = `<html><head><style>p { color: red; } body { background: url(https://example.com/x.png) }</style><script>alert(1)</script></head><body><style>.x{}</style>${body}<img src="https://example.com/y.png" onerror="alert(2)"></body></html>`;
  await paste(page, "Article text", { "text/plain": source });
  await expect(page.getByRole("status").filter({ hasText: "The pasted markup was reduced to its text" })).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue(/^The town council of Vellmar voted/);
  await expect(page.getByLabel("Article text")).not.toHaveValue(/color|alert|<p/);
  expect(await watch.csp()).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
