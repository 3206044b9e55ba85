// `tsx scripts/bench-log-size.ts`: the bytes the saved state takes for N reviews, with every review kept in full
// (as version 2 saved them) and folded as the app keeps them now (lib/srs/review-history.ts). Two spreads:
// 1,000 cards reviewed 10 times over about a year and a half (the store benchmark's), and every review in the
// last 30 days (a heavy user: the full log is then capped instead).
import { foldPoint, foldReviews } from "@/lib/srs/review-history";
import { emptyQuizData } from "@/lib/quiz/history";
import type { CardsData } from "@/lib/schemas/cards";
import { DAY, REVIEWS_PER_CARD, T0, reviewedCards } from "./bench-reviews";

// A real deck id is a slug of the title and a hash: as long as the built-in deck's.
const deckName = (c: number) =>
  `britain-to-let-ukraine-buy-air-defense-missiles-${String(c % 25).padStart(2, "0")}-6d8e2d9a`;

function cardsData(total: number, spread: "year" | "month"): CardsData {
  return reviewedCards({
    total,
    ids: (c) => [deckName(c), `q-${c.toString(36)}-7f3a9c21`],
    when: (c, r, card) =>
      spread === "year" ? Math.max(T0 + r * DAY, card.due) : T0 + ((c * REVIEWS_PER_CARD + r) * 30 * DAY) / total,
  });
}

const kb = (cards: CardsData) => JSON.stringify({ state: { quiz: emptyQuizData(), cards }, version: 3 }).length / 1024;
const logKb = (cards: CardsData) =>
  JSON.stringify({ reviewLog: cards.reviewLog, reviewHistory: cards.reviewHistory }).length / 1024;

console.log(
  "Saved state for N reviews, every review in full (version 2) → folded (version 3); the review log alone in parentheses:",
);
for (const spread of ["year", "month"] as const) {
  for (const total of [10_000, 50_000]) {
    const full = cardsData(total, spread);
    const folded = foldReviews(full, foldPoint(full.reviewLog, Infinity));
    const perEntry = (JSON.stringify(full.reviewLog).length / full.reviewLog.length).toFixed(0);
    console.log(
      `  ${String(total).padStart(6)} reviews over ${spread === "year" ? "~1.5 years" : "30 days  "}: ${kb(full).toFixed(0).padStart(6)} KB (log ${logKb(full).toFixed(0)} KB, ${perEntry} B/review) → ${kb(folded).toFixed(0).padStart(5)} KB (log ${logKb(folded).toFixed(0)} KB: ${folded.reviewLog.length} in full)`,
    );
  }
}
