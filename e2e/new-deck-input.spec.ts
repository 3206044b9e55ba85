import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { fillArticle, freshArticle, paste, watchForScripts } from "./new-deck-helpers";

/**
 * Markup made live would fetch its `<img src=x>` and run its `onerror`. Records those fetches (answered with a
 * broken image, so an `onerror` would run) and gives `settled()`, which resolves once an image the page makes
 * then has failed the same way: by that time an image the markup made earlier has failed too, and its
 * `onerror` (an alert, which holds the page until it is dismissed) has run. No fixed wait.
 */
async function watchMarkupImages(page: Page) {
  const fetched: string[] = [];
  await page.route(/\/x(\?settled)?$/, (route) => {
    if (!route.request().url().endsWith("?settled")) fetched.push(route.request().url());
    return route.fulfill({ status: 200, contentType: "image/png", body: "" });
  });
  const settled = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const img = new Image();
          img.onerror = () => resolve("failed");
          img.onload = () => resolve("loaded");
          img.src = "x?settled";
        }),
    );
  return { fetched, settled };
}

test("markup with scripts is reduced to text and never runs", async ({ page }) => {
  const watch = await watchForScripts(page);
  const images = await watchMarkupImages(page);
  const nothingRan = async () => {
    expect(await images.settled(), "the test's own image failed as the markup's would").toBe("failed");
    expect(images.fetched, "an image of the markup was fetched").toEqual([]);
    expect(watch.dialogs).toEqual([]);
  };
  await page.goto("/new");
  const text = page.getByLabel("Article text");

  // Markup alone: nothing to keep, nothing added, nothing run.
  await paste(page, "Article text", { "text/plain": "<img src=x onerror=alert(1)>" });
  await expect(page.getByRole("status").filter({ hasText: "The pasted markup had no text to keep" })).toBeVisible();
  await expect(text).toHaveValue("");

  // A web page's HTML (rich paste without plain text): its text is kept, its scripts dropped.
  const [first, ...rest] = freshArticle.text.split("\n\n");
  const html = `<p>${first}</p><script>alert(2)</script><img src=x onerror=alert(3)>${rest.map((p) => `<p>${p}</p>`).join("")}`;
  await paste(page, "Article text", { "text/html": html });
  await expect(
    page.getByRole("status").filter({ hasText: "reduced to its text; nothing in it was run" }),
  ).toBeVisible();
  await expect(text).toHaveValue(freshArticle.text);
  await nothingRan();

  // Markup typed (not pasted) and a title that looks like markup: the title stays text, shown as text.
  const title = '<img src=x onerror=alert(4)> "Flood" <script>alert(5)</script>';
  await page.getByLabel("Title").fill(title);
  await text.fill(`${freshArticle.text}\n\n<script>alert(6)</script><img src=x onerror=alert(7)>`);
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(text).toHaveValue(freshArticle.text);
  await expect(page.getByRole("heading", { level: 2, name: /^Preview: \d+ questions$/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await nothingRan();

  // Saved, its title is listed on the home page as the text it is.
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page.getByRole("status").filter({ hasText: "in this browser." })).toBeVisible();
  await page.goto("/");
  const link = page.getByRole("link", { name: title, exact: true });
  await expect(link).toBeVisible();
  expect(await page.locator("main img, main script").count()).toBe(0);
  await nothingRan();
  await page.getByRole("button", { name: `Delete ${title}` }).click();
  await page.getByRole("button", { name: "Delete deck and progress" }).click();
  await expect(link).toHaveCount(0);
  await nothingRan();
  expect(await watch.csp()).toEqual([]);
});

test("bad input gets a clear message, keeps what was typed, and starts no generator", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto("/new");
  const generate = page.getByRole("button", { name: "Generate questions" });
  const text = page.getByLabel("Article text");

  await generate.click();
  await expect(page.getByText("Give the article a title.")).toBeVisible();
  await expect(page.getByText("Paste the article's text first.")).toBeVisible();
  await expect(page.getByLabel("Title")).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.getByLabel("Title").fill("Short");
  await text.fill("The mayor spoke on Tuesday. She said the barrier will be built.");
  await generate.click();
  await expect(
    page.getByText(/too short to make questions: use at least 3 sentences and 300 characters/),
  ).toBeVisible();
  await expect(text).toBeFocused();
  await expect(text).toHaveValue("The mayor spoke on Tuesday. She said the barrier will be built.");

  const huge = `${freshArticle.text}\n\n`.repeat(Math.ceil(100_001 / (freshArticle.text.length + 2)));
  await text.fill(huge);
  await expect(page.getByText(/of 100,000 characters/)).toBeVisible();
  await generate.click();
  await expect(page.getByText(/characters; the limit is 100,000/)).toBeVisible();
  expect((await text.inputValue()).length).toBe(huge.length);

  await text.fill(
    "Le conseil municipal a voté mardi pour construire une digue de protection contre les crues. ".repeat(6),
  );
  await generate.click();
  await expect(page.getByText("This does not look like English.", { exact: false })).toBeVisible();

  await text.fill(`${freshArticle.text}\u0000\u0001\u0002`);
  await generate.click();
  await expect(page.getByText("This does not look like text", { exact: false })).toBeVisible();

  expect(workers, "no worker was started for refused input").toEqual([]);
});

test("the generator and its NLP library load only on /new", async ({ page }) => {
  const scripts: string[] = [];
  const reading: Promise<void>[] = [];
  page.on("response", (res) => {
    if (res.request().resourceType() === "script")
      reading.push(
        res.text().then(
          (t) => void scripts.push(t),
          () => undefined,
        ),
      );
  });
  // Every script the page has asked for so far, read: the network has been quiet (no request in flight for
  // 500 ms, as Playwright defines "networkidle") and every response body is in. A script the page loads
  // later, on its own, would be a request: nothing but a link reached by pointer or keyboard starts one.
  const allScriptsIn = async () => {
    await page.waitForLoadState("networkidle");
    await Promise.all(reading);
  };
  // The built-in deck's id comes from the home page (it is derived from the article's content).
  await page.goto("/");
  const builtin = await page
    .getByRole("link", { name: /Ukraine/ })
    .first()
    .getAttribute("href");
  expect(builtin).toMatch(/^\/decks\/[a-z0-9-]+$/);
  for (const path of ["/", builtin!, `${builtin}/quiz`, "/decks/my-no-such-deck"]) {
    scripts.length = 0;
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Page not found");
    await allScriptsIn();
    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts.filter((s) => s.includes("factdeck-generator")),
      `${path} loads the generator`,
    ).toEqual([]);
  }
  scripts.length = 0;
  await page.goto("/new");
  await expect(page.getByRole("button", { name: "Generate questions" })).toBeVisible();
  await allScriptsIn();
  expect(scripts.filter((s) => s.includes("factdeck-generator"))).toHaveLength(1);
});

test("saving when the browser's storage is full says so and keeps the draft", async ({ page }) => {
  // Make IndexedDB writes fail as a full disk does, until the test lifts it.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { __full?: boolean }).__full !== false) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return put.apply(this, args);
    };
  });
  await page.goto("/new");
  await fillArticle(page);
  await page.getByRole("button", { name: "Generate questions" }).click();
  const preview = page.getByRole("heading", { level: 2, name: /^Preview: \d+ questions$/ });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Not saved: this browser's storage for Factdeck is full. Your draft is kept" }),
  ).toBeVisible();
  await expect(preview).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue(freshArticle.text);
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = false));
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Saved “${freshArticle.title}” in this browser.` }),
  ).toBeVisible();
});

test("a few hundred saved decks fit, are listed on the home page, and open", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/new");
  await fillArticle(page);
  await page.getByRole("button", { name: "Generate questions" }).click();
  await page.getByRole("button", { name: "Save deck" }).click({ timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "in this browser." })).toBeVisible();
  // 299 more copies of the whole deck (article and questions), written as the app writes them.
  const total = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("factdeck");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = db.transaction(["decks", "deck-summaries"]).objectStore("deck-summaries").getAll();
    const [summary] = await new Promise<{ id: string; title: string }[]>(
      (r) => (read.onsuccess = () => r(read.result)),
    );
    const getDeck = db.transaction("decks").objectStore("decks").get(summary!.id);
    const deck = await new Promise<{ id: string; article: { title: string } }>(
      (r) => (getDeck.onsuccess = () => r(getDeck.result)),
    );
    const tx = db.transaction(["decks", "deck-summaries"], "readwrite");
    for (let i = 1; i < 300; i++) {
      const id = `my-bulk-${String(i).padStart(4, "0")}`;
      const title = `Copy ${i} of ${deck.article.title}`;
      tx.objectStore("decks").put({ ...deck, id, article: { ...deck.article, title } }, id);
      tx.objectStore("deck-summaries").put({ ...summary, id, title, savedAt: i }, id);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const count = db.transaction("decks").objectStore("decks").count();
    return new Promise<number>((r) => (count.onsuccess = () => r(count.result)));
  });
  expect(total).toBe(300);
  await page.goto("/");
  const yours = page.getByRole("region", { name: "Your decks" });
  await expect(yours.getByRole("heading", { level: 3 })).toHaveCount(300);
  await page.goto("/decks/my-bulk-0150");
  await expect(page.getByRole("heading", { level: 1, name: `Copy 150 of ${freshArticle.title}` })).toBeVisible();
});
