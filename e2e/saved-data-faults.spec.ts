// Issue 12, items 12, 19 and 20 in the browser: days across a change of the clocks, a damaged deck summary,
// right-to-left titles isolated where they are shown.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import deck from "../data/decks/london-defence-summit.deck.json";
import { reviewLogEntry } from "./quiz-helpers";

type Entry = { id: string; deck?: unknown; summary?: unknown };

/** Writes decks and summaries into the app's IndexedDB from a page without the app (a 404), as a saved deck is kept. */
async function seedDecks(page: Page, entries: Entry[]) {
  await page.goto("/no-store-here");
  await page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("factdeck", 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore("decks");
        open.result.createObjectStore("deck-summaries");
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(["decks", "deck-summaries"], "readwrite");
    for (const e of list) {
      if ("deck" in e) tx.objectStore("decks").put(e.deck, e.id);
      if ("summary" in e) tx.objectStore("deck-summaries").put(e.summary, e.id);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, entries);
}

const localDeck = (id: string, title = deck.article.title) => ({ ...deck, id, article: { ...deck.article, title } });
const summaryOf = (d: ReturnType<typeof localDeck>) => {
  const counts = new Map<string, number>();
  for (const q of d.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
  return {
    id: d.id,
    title: d.article.title,
    source: d.article.source,
    savedAt: 1,
    questionCount: d.questions.length,
    byType: [...counts].map(([type, count]) => ({ type, count })),
  };
};

test("a deck whose summary is damaged is listed again; a deck that cannot be read is listed as damaged and deleted", async ({
  page,
}) => {
  await seedDecks(page, [
    { id: "my-hidden-0001", deck: localDeck("my-hidden-0001"), summary: "garbage" },
    { id: "my-broken-0002", deck: { id: "my-broken-0002", questions: "nope" }, summary: { title: 7 } },
  ]);
  await page.goto("/");
  const yours = page.getByRole("region", { name: "Your decks" });
  await expect(yours.getByRole("heading", { level: 3, name: deck.article.title })).toBeVisible();
  const damaged = yours.getByRole("list", { name: "Damaged decks" });
  await expect(damaged).toContainText("A saved deck is damaged and cannot be opened (my-broken-0002)");
  await expectNoAxeViolations(page);

  // The deck whose summary was damaged opens, as people open it: by its link.
  await yours.getByRole("link", { name: deck.article.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: deck.article.title })).toBeVisible();
  await page.goBack();

  await damaged.getByRole("button", { name: "Delete damaged deck" }).click();
  await yours.getByRole("button", { name: "Delete damaged deck and progress" }).click();
  await expect(yours.getByRole("status")).toHaveText("Deleted “the damaged deck my-broken-0002” and its progress.");
  await expect(damaged).toHaveCount(0);
  await page.reload();
  await expect(yours.getByRole("heading", { level: 3, name: deck.article.title })).toBeVisible();
  await expect(yours.getByRole("list", { name: "Damaged decks" })).toHaveCount(0);
});

test("a right-to-left title is isolated in its heading, its page and the status line that quotes it", async ({
  page,
}) => {
  const title = "قمة لندن للدفاع 2026";
  const rtl = localDeck("my-rtl-0001", title);
  await seedDecks(page, [{ id: rtl.id, deck: rtl, summary: summaryOf(rtl) }]);
  await page.goto("/");
  const yours = page.getByRole("region", { name: "Your decks" });
  await expect(yours.getByRole("heading", { level: 3, name: title })).toHaveAttribute("dir", "auto");
  await yours.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toHaveAttribute("dir", "auto");
  await page.goBack();

  await yours.getByRole("button", { name: `Delete ${title}` }).click();
  await yours.getByRole("button", { name: "Delete deck and progress" }).click();
  const status = yours.getByRole("status");
  await expect(status).toHaveText(`Deleted “${title}” and its progress.`);
  // The title sits in its own <bdi>: its direction does not carry over to the words around it.
  await expect(status.locator("bdi")).toHaveText(title);
});

test("clocks going back in London: a night owl's two-day streak is still two days", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, timezoneId: "Europe/London" });
  const page = await context.newPage();
  await page.clock.install({ time: Date.UTC(2026, 9, 26, 10, 0) }); // Monday 26 October, 10:00 GMT
  // Reviews at 00:30 BST on Saturday 24 and Sunday 25 October: 23:30 UTC the evening before.
  const log = [Date.UTC(2026, 9, 23, 23, 30), Date.UTC(2026, 9, 24, 23, 30)].map((at, i) =>
    reviewLogEntry(deck.questions[i]!.id, at),
  );
  await page.goto("/no-store-here");
  await page.evaluate(
    (raw) => localStorage.setItem("factdeck", raw),
    JSON.stringify({
      state: { cards: { cards: {}, reviewLog: log, settings: { dailyNewLimit: 20 }, lastUndo: null } },
      version: 3,
    }),
  );
  await page.goto("/progress");
  await expect(page.getByRole("list", { name: "At a glance" }).getByRole("listitem").first()).toHaveText(
    "2 days study streak",
  );
  await context.close();
});
