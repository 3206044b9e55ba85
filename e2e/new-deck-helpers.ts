import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import type { DeckQuestion } from "./quiz-helpers";

/** A news-style article written for these tests: the project has never seen it. */
export const freshArticle = {
  title: "Vellmar approves 45 million euro flood barrier after record storms",
  source: "The Northern Courier",
  publishedAt: "2026-10-14",
  text: `The town council of Vellmar voted on Tuesday to build a 45 million euro flood barrier along the river Oster, three weeks after storms flooded more than 1,200 homes in the region.

Mayor Henrik Dahl said the barrier would protect the old town and the harbour for at least 50 years. "We cannot ask families to rebuild their lives every autumn," Dahl told reporters outside the town hall. "This wall is the promise we make to our children."

The plan was approved by 19 votes to 6. Opposition leader Marta Kowalski argued that the money should first go to the farmers whose fields were ruined by the water. She said about 300 farms had lost their entire harvest and that many would not survive the winter without help.

Engineers from the firm Nordbau, based in Hamburg, will begin work in March 2027. The barrier is expected to be 4.2 kilometres long and up to 3 metres high. The regional government in Kassel has promised to pay 60 percent of the cost, while the rest will come from a new local tax of 15 euros a year per household.

The storms of late September brought 180 millimetres of rain in two days, the highest amount since records began in 1891. Two people died and more than 4,000 residents were moved to emergency shelters in schools and sports halls.

Dahl said the town had learned from the disaster. "We were warned for years, and we waited too long," he said. The first section of the barrier, near the railway station, should be finished by the end of 2028.`,
};

/** Pastes into the focused-by-label field as a real paste event would, with the given clipboard types. */
export async function paste(page: Page, label: string, data: Record<string, string>) {
  await page.getByLabel(label).evaluate((el, items) => {
    (el as HTMLElement).focus();
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(items)) dt.setData(type, value);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

/** Records dialogs (dismissing them) and CSP violations for the page's lifetime. */
export async function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    dialogs,
    csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

export async function fillArticle(page: Page, article = freshArticle) {
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Source (optional)").fill(article.source);
  await page.getByLabel("Published (optional)").fill(article.publishedAt);
  await paste(page, "Article text", { "text/plain": article.text });
}

/** Generates questions from the filled-in form and saves the deck, waiting for the preview and the "Saved" status. */
export async function generateAndSave(page: Page, article = freshArticle, previewTimeout = 30_000) {
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Preview: \d+ questions$/ })).toBeVisible({
    timeout: previewTimeout,
  });
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved “${article.title}” in this browser.` })).toBeVisible();
}

/** The deck saved in this browser under `id`, read straight from IndexedDB. */
export async function readSavedDeck(page: Page, id: string): Promise<SavedDeck> {
  return page.evaluate(
    (deckId) =>
      new Promise<SavedDeck>((resolve, reject) => {
        const open = indexedDB.open("factdeck");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("decks").objectStore("decks").get(deckId);
          get.onsuccess = () => resolve(get.result as SavedDeck);
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}
export type SavedDeck = { id: string; questions: DeckQuestion[] };
