import { test, expect } from "./fixtures";
import deck from "../data/decks/london-defence-summit.deck.json";

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1, 12, 0);
const OFFSET = 345; // Asia/Kathmandu, UTC+5:45: its days begin at 18:15 UTC
const localDay = (t: number) => Math.floor((t + OFFSET * 60_000) / DAY);

// 60 days of reviews as version 2 saved them, all in full; some just before and after Kathmandu's midnight.
const reviews = Array.from({ length: 60 }, (_, d) => [
  Date.UTC(2025, 5, 1, 18, 14) - (d + 1) * DAY, // 23:59 local
  Date.UTC(2025, 5, 1, 18, 16) - (d + 1) * DAY, // 00:01 local, the next day
  NOW - d * DAY - 3_600_000,
])
  .flat()
  .filter((t) => t < NOW)
  .sort((a, b) => a - b);
const log = reviews.map((review, i) => ({
  id: `${deck.id}::${deck.questions[i % 10]!.id}@${review}`,
  deckId: deck.id,
  questionId: deck.questions[i % 10]!.id,
  rating: 3,
  state: 2,
  due: review + DAY,
  stability: 3.5,
  difficulty: 5.2,
  scheduledDays: 1,
  learningSteps: 0,
  review,
}));
const v2 = {
  version: 2,
  state: {
    quiz: { attempts: [], active: {}, best: {} },
    cards: { cards: {}, reviewLog: log, settings: { dailyNewLimit: 20 }, lastUndo: null },
    tombstones: { decks: [], attempts: [], reviews: [] },
  },
};

test("old reviews folded into counts: reviews per day and the streak are unchanged, in a UTC+5:45 zone", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, timezoneId: "Asia/Kathmandu" });
  const page = await context.newPage();
  await page.clock.install({ time: NOW });
  await page.goto("/no-store-here");
  await page.evaluate((raw) => localStorage.setItem("factdeck", raw), JSON.stringify(v2));

  const today = localDay(NOW);
  const expected = Array.from({ length: 14 }, (_, i) =>
    String(reviews.filter((t) => localDay(t) === today - 13 + i).length),
  );
  let streak = 0;
  while (reviews.some((t) => localDay(t) === today - streak)) streak++;
  expect(streak).toBeGreaterThan(40); // reaches back into the folded reviews

  for (let load = 0; load < 2; load++) {
    if (load === 0) await page.goto("/progress");
    else await page.reload();
    const perDay = page.getByRole("table", { name: "Flashcard reviews on each of the last 14 days" });
    await expect(perDay.locator("tbody td")).toHaveText(expected);
    await expect(page.getByRole("list", { name: "At a glance" })).toContainText(`${streak} days study streak`);
  }
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("factdeck")!));
  expect(saved.version).toBe(3);
  expect(saved.state.cards.reviewLog.length).toBeLessThan(log.length);
  const folded = saved.state.cards.reviewHistory.decks.reduce(
    (n: number, d: { counts: number[] }) => n + d.counts.reduce((a, b) => a + b, 0),
    0,
  );
  expect(folded + saved.state.cards.reviewLog.length).toBe(log.length);
  await context.close();
});
