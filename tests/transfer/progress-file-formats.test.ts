// Progress files of format 1 (every review in full) and format 2 (older reviews folded into counts).
import { describe, expect, it } from "vitest";
import { gradeCard } from "@/lib/srs/scheduler";
import { applyGrade } from "@/lib/srs/review";
import { emptyCardsData } from "@/lib/srs/defaults";
import { DAY_MS } from "@/lib/srs/local-day";
import { reviewCounts, reviewTotal } from "@/lib/srs/review-history";
import { reviewsPerDay, studyStreak } from "@/lib/progress/stats";
import { emptyQuizData } from "@/lib/quiz/history";
import type { CardsData } from "@/lib/schemas/cards";
import { buildProgressFile, serializeProgress } from "@/lib/transfer/export-progress";
import { parseProgressFile } from "@/lib/transfer/import-progress";
import { mergeProgress, progressFromFile } from "@/lib/transfer/merge-progress";

const T = Date.UTC(2025, 2, 3, 9, 0);
// When the file is imported (the import folds as of then).
const NOW = T + 365 * DAY_MS;

/** A year of reviews, one card a day in turn, all kept in full: what a format-1 file held. */
function yearOfReviews(): CardsData {
  const data = emptyCardsData();
  let cards = data.cards;
  const log = [];
  for (let d = 0; d < 365; d++) {
    const step = applyGrade(
      { ...data, cards, reviewLog: [] },
      "deck-one",
      `q${d % 20}`,
      3,
      T + d * DAY_MS + (d % 5) * 3_600_000,
      gradeCard,
    );
    cards = step.cards;
    log.push(...step.reviewLog);
  }
  return { ...data, cards, reviewLog: log };
}

const formatOne = (cards: CardsData) => {
  const file = buildProgressFile(emptyQuizData(), cards, T + 400 * DAY_MS);
  return serializeProgress({
    ...file,
    formatVersion: 1 as never,
    cards: { cards: file.cards.cards, reviewLog: cards.reviewLog, settings: cards.settings },
  });
};
const shown = (c: CardsData, now: number) => ({
  perDay: reviewsPerDay(reviewCounts(c), now, 330, 60),
  streak: studyStreak(
    reviewCounts(c).map((r) => r.review),
    now,
    330,
  ),
  total: reviewTotal(c),
});

describe("progress file formats", () => {
  it("a format-1 file still imports; its old reviews are folded, every number on /progress stays the same", () => {
    const full = yearOfReviews();
    const r = parseProgressFile(formatOne(full));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const imported = progressFromFile(r.file, NOW).cards;
    expect(imported.reviewLog.length).toBeLessThan(40); // the last 30 days in full
    expect(imported.reviewHistory!.decks[0]!.slots.length).toBeGreaterThan(300);
    expect(shown(imported, NOW)).toEqual(shown(full, NOW));
    expect(imported.cards).toEqual(full.cards);
  });

  it("a format-2 file round-trips its folded reviews, and merging it into the same progress changes nothing", () => {
    const full = yearOfReviews();
    const r1 = parseProgressFile(formatOne(full));
    if (!r1.ok) throw new Error(r1.reason);
    const cards = progressFromFile(r1.file, NOW).cards;
    const text = serializeProgress(buildProgressFile(emptyQuizData(), cards, T));
    expect(JSON.parse(text).formatVersion).toBe(2);
    const r2 = parseProgressFile(text);
    if (!r2.ok) throw new Error(r2.reason);
    expect(progressFromFile(r2.file, NOW).cards).toEqual(cards);
    expect(mergeProgress({ quiz: emptyQuizData(), cards }, r2.file, NOW).cards).toEqual(cards);
    // The bytes: the folded file is a fraction of the full one.
    expect(text.length).toBeLessThan(formatOne(full).length / 3);
  });

  it("refuses a file whose folded counts are damaged, saying where", () => {
    const cards = yearOfReviews();
    const r = parseProgressFile(formatOne(cards));
    if (!r.ok) throw new Error(r.reason);
    const file = JSON.parse(
      serializeProgress(buildProgressFile(emptyQuizData(), progressFromFile(r.file, NOW).cards, T)),
    );
    file.cards.reviewHistory.decks[0].counts.pop();
    const bad = parseProgressFile(JSON.stringify(file));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/damaged at cards\.reviewHistory\.decks\.0/);
  });
});
