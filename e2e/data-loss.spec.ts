// Issue 12, "Data loss", in the browser: backups that restore, read-only that writes nothing, a draft kept.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import deck from "../data/decks/london-defence-summit.deck.json";
import { fillArticle, freshArticle, generateAndSave } from "./new-deck-helpers";
import { reviewLogEntry } from "./quiz-helpers";

const notice = (page: Page) => page.getByRole("status", { name: "Saved data" });
const storage = (page: Page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

/** Puts `entries` in storage from a page without the store (a 404), then opens `url`. */
async function seed(page: Page, entries: Record<string, string>, url: string) {
  await page.goto("/no-store-here");
  await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
  await page.goto(url);
}

test("the backup the notice downloads imports on Progress, with what could not be read left out", async ({
  page,
}, info) => {
  const at = Date.now() - 60_000;
  const q = deck.questions[0]!.id;
  const raw = JSON.stringify({
    state: {
      cards: {
        cards: {},
        reviewLog: [reviewLogEntry(q, at), { id: 5 }],
        settings: { dailyNewLimit: 20 },
        lastUndo: null,
      },
    },
    version: 3,
  });
  await seed(page, { factdeck: raw }, "/progress");
  await expect(notice(page)).toContainText("Part of your saved progress could not be read: 1 record was set aside");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    notice(page).getByRole("button", { name: "Download the backup" }).click(),
  ]);
  const file = info.outputPath("backup.json");
  await download.saveAs(file);
  expect(fs.readFileSync(file, "utf8")).toBe(raw);

  await page.getByRole("button", { name: "Reset progress…" }).click();
  await page.getByRole("button", { name: "Yes, reset my progress" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Progress reset" })).toBeVisible();
  await page.getByLabel(/Import a progress file/).setInputFiles(file);
  await expect(
    page.getByText(/holds 0 finished quizzes, 0 cards and 1 review, .*1 record of it could not be read/),
  ).toBeFocused();
  await page.getByRole("button", { name: "Replace my progress" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Progress replaced" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("status", { name: "Saved data" })).not.toContainText("could not be read");
  expect(JSON.parse((await storage(page)).factdeck!).state.cards.reviewLog).toEqual([reviewLogEntry(q, at)]);
});

test("read-only progress (a newer version's): Reset and Import refuse, say why, and write nothing", async ({
  page,
}, info) => {
  const raw = JSON.stringify({ state: { cards: "from the future" }, version: 99 });
  const before = { factdeck: raw, "factdeck:progress-backup": "an earlier backup" };
  await seed(page, before, "/progress");
  await expect(notice(page)).toContainText("saved by a newer version of Factdeck");
  await page.getByRole("button", { name: "Reset progress…" }).click();
  await page.getByRole("button", { name: "Yes, reset my progress" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "read-only" })).toBeVisible();

  const file = info.outputPath("progress.json");
  fs.writeFileSync(
    file,
    JSON.stringify({
      app: "factdeck",
      kind: "progress",
      formatVersion: 2,
      exportedAt: Date.now(),
      quiz: { attempts: [], active: {}, best: {} },
      cards: {
        cards: [],
        reviewLog: [reviewLogEntry(deck.questions[0]!.id, Date.now())],
        settings: { dailyNewLimit: 20 },
      },
    }),
  );
  await page.getByLabel(/Import a progress file/).setInputFiles(file);
  await page.getByRole("button", { name: "Replace my progress" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "read-only" }).first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Progress replaced" })).toHaveCount(0);
  expect(await storage(page)).toEqual(before);
});

test("an unreadable New deck draft is kept as a backup, with a notice and a download", async ({ page }) => {
  const raw = '{"v": 1, "form": {"title": 5}}';
  await seed(page, { "factdeck:new-deck-draft": raw }, "/new");
  const kept = page.getByRole("status").filter({ hasText: "Your saved draft could not be read" });
  await expect(kept).toBeVisible();
  await expect(kept).toContainText("kept as a backup");
  // The empty form's autosave removes the draft; the backup stays.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("factdeck:new-deck-draft")), { timeout: 5000 })
    .toBeNull();
  expect(await page.evaluate(() => localStorage.getItem("factdeck:new-deck-draft:backup:1"))).toBe(raw);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    kept.getByRole("button", { name: "Download the draft" }).click(),
  ]);
  expect(fs.readFileSync((await download.path())!, "utf8")).toBe(raw);
});

test("deleting a saved deck while progress is unreadable refuses, says why, and writes nothing", async ({ page }) => {
  await page.goto("/new");
  await fillArticle(page);
  await generateAndSave(page);
  await page.goto("/");
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem("factdeck", '{"state":{"quiz":{"attempts":[{"id":');
  });
  const before = await storage(page);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: freshArticle.title }) });
  await card.getByRole("button", { name: `Delete ${freshArticle.title}` }).click();
  await card.getByRole("button", { name: "Delete deck and progress" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Nothing was deleted: your saved progress cannot be changed" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: freshArticle.title })).toBeVisible();
  expect(await storage(page)).toEqual(before);
  await page.reload();
  await expect(page.getByRole("link", { name: freshArticle.title })).toBeVisible();
});
