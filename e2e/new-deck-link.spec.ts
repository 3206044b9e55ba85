import http from "node:http";
import type { AddressInfo } from "node:net";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { freshArticle, generateAndSave } from "./new-deck-helpers";

// A news site on 127.0.0.1 that only this spec's server may reach (playwright.config.ts starts the app with
// --test-loopback-fetch; `npm start` never does, and the unit tests in tests/extract prove loopback refused).
const paragraphs = freshArticle.text.split("\n\n");
const articlePage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${freshArticle.title} | ${freshArticle.source}</title>
<meta property="og:site_name" content="${freshArticle.source}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"${freshArticle.publishedAt}T09:30:00+02:00"}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="ad">Cheap flights to the sun! Book today and save.</div>
<article><h1>${freshArticle.title}</h1><p class="byline">By Lena Fischer</p>
${paragraphs
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join("\n")}
<figure><img src="data:," alt=""><figcaption>The river Oster in flood, seen from the old bridge.</figcaption></figure>
${paragraphs
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join("\n")}
</article>
<aside class="related"><h2>More news</h2><ul><li><a href="/1">Bakery wins national prize</a></li></ul></aside>
<footer>© 2026 ${freshArticle.source}</footer></body></html>`;
const frontPage = `<!doctype html><html><head><title>${freshArticle.source}</title></head><body><h1>Top stories</h1>
<ul><li><a href="/story">Flood barrier approved</a></li><li><a href="/2">Bakery wins prize</a></li></ul></body></html>`;

let site: http.Server;
let origin = "";
test.beforeAll(async () => {
  site = http.createServer((req, res) => {
    const body = req.url === "/story" ? articlePage : req.url === "/" ? frontPage : undefined;
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(body ?? "<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

test("a link fills the form with the article, which is generated and saved like a paste", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await page.getByRole("link", { name: "New deck" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Make a deck from an article" })).toBeVisible();

  await page.getByLabel("Link to an article").fill(`${origin}/story`);
  await page.getByRole("button", { name: "Fetch the article" }).click();
  await expect(page.getByLabel("Title")).toHaveValue(freshArticle.title);
  await expect(page.getByLabel("Source (optional)")).toHaveValue(freshArticle.source);
  await expect(page.getByLabel("Published (optional)")).toHaveValue(freshArticle.publishedAt);
  const text = await page.getByLabel("Article text").inputValue();
  expect(text.startsWith(paragraphs[0]!)).toBe(true);
  expect(text).toContain(paragraphs.at(-1)!);
  expect(text).toContain("The river Oster in flood, seen from the old bridge.");
  for (const junk of ["Cheap flights", "Sport", "More news", "Bakery", "By Lena Fischer", "©"])
    expect(text).not.toContain(junk);
  await expect(
    page.getByRole("status").filter({ hasText: `Read “${freshArticle.title}” from 127.0.0.1` }),
  ).toContainText("with 1 photo caption");
  await expect(page.getByLabel("Title")).toBeFocused();
  // Nothing is saved yet: no deck in this browser until Save.
  const savedDecks = () =>
    page.evaluate(async () => {
      if (!(await indexedDB.databases()).some((d) => d.name === "factdeck")) return 0;
      return new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("factdeck");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("decks")) return resolve(0);
          const count = db.transaction("decks").objectStore("decks").count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      });
    });
  expect(await savedDecks()).toBe(0);
  await expectNoAxeViolations(page);

  await generateAndSave(page);
  expect(await savedDecks()).toBe(1);
  await page.getByRole("link", { name: "Open the deck" }).click();
  await expect(page.getByRole("heading", { level: 1, name: freshArticle.title })).toBeVisible();
  await expect(page.getByText(`Source: ${freshArticle.source}`)).toBeVisible();
});

test("each refused link says why in the form, and the form is left as it was", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "New deck" }).first().click();
  await page.getByLabel("Title").fill("Kept title");
  const link = page.getByLabel("Link to an article");
  const fetchButton = page.getByRole("button", { name: "Fetch the article" });
  const cases: [string, string][] = [
    [`${origin}/`, "No article was found on that page."],
    [`${origin}/gone`, "Nothing was found at that link."],
    ["file:///etc/passwd", "That is not a web link."],
    ["http://169.254.169.254/latest/meta-data/", "That address is not allowed"],
    ["http://10.0.0.1/admin", "That address is not allowed"],
  ];
  for (const [value, message] of cases) {
    await link.fill(value);
    await fetchButton.click();
    const alert = page.getByRole("form", { name: "From a link" }).getByRole("alert");
    await expect(alert, value).toContainText(message);
    await expect(link).toHaveAttribute("aria-invalid", "true");
    await expect(link).toBeFocused();
    await expect(page.getByLabel("Title")).toHaveValue("Kept title");
    await expect(page.getByLabel("Article text")).toHaveValue("");
  }
  await expectNoAxeViolations(page);
  // Editing the link clears the message.
  await link.fill("https://");
  await expect(page.getByRole("form", { name: "From a link" }).getByRole("alert")).toHaveCount(0);

  // An article read over what was typed can be undone.
  await link.fill(`${origin}/story`);
  await fetchButton.click();
  await expect(page.getByLabel("Title")).toHaveValue(freshArticle.title);
  await page.getByRole("button", { name: "Put back what I had" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Kept title");
  await expect(page.getByLabel("Article text")).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: "Put back what the form held" })).toBeVisible();
});

const shots = process.env.SHOTS;
for (const width of [390, 1280]) {
  for (const scheme of ["light", "dark"] as const) {
    test(`link form screenshots at ${width}px, ${scheme}`, async ({ page }) => {
      test.skip(!shots, "set SHOTS=<dir> to take screenshots");
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/new");
      await page.getByLabel("Link to an article").fill(`${origin}/`);
      await page.getByRole("button", { name: "Fetch the article" }).click();
      await expect(page.getByRole("form", { name: "From a link" }).getByRole("alert")).toBeVisible();
      await page.screenshot({ path: `${shots}/link-error-${width}-${scheme}.png` });
      await page.getByLabel("Link to an article").fill(`${origin}/story`);
      await page.getByRole("button", { name: "Fetch the article" }).click();
      await expect(page.getByLabel("Title")).toHaveValue(freshArticle.title);
      await page.screenshot({ path: `${shots}/link-filled-${width}-${scheme}.png`, fullPage: true });
    });
  }
}
