import type { CardsData } from "@/lib/schemas/cards";
import { cardsByState, reviewRetention } from "@/lib/progress/stats";
import { DAY_MS } from "@/lib/srs/local-day";
import { BarTable } from "./bar-table";
import type { DeckLabel } from "./progress-dashboard";
import styles from "./progress.module.css";

const states = ["new", "learning", "review", "relearning"] as const;

/**
 * Review retention (the share of the last 30 days' reviews not graded Again) and cards by state. Loaded with
 * the numbers, off the page's start-up code. The log keeps the last 30 days in full (about 2,000 reviews at
 * most); the grades of older reviews are folded away.
 */
export default function ReviewNumbers({
  cards,
  decks,
  now,
}: {
  cards: CardsData;
  decks: readonly DeckLabel[];
  now: number;
}) {
  const retention = reviewRetention(cards.reviewLog.filter((e) => e.review > now - 30 * DAY_MS));
  const byState = cardsByState(Object.values(cards.cards), decks);
  return (
    <div className={`${styles.twoCol} ${styles.section}`}>
      <section aria-labelledby="h-retention">
        <h2 id="h-retention">Review retention</h2>
        {retention.total === 0 ? (
          <p className="muted">No flashcard reviews in the last 30 days.</p>
        ) : (
          <p>
            <span className={styles.statValue}>{retention.percent}%</span> of your reviews in the last 30 days were
            remembered (not graded Again): {retention.remembered} of {retention.total}.
          </p>
        )}
      </section>
      <section aria-labelledby="h-states">
        <h2 id="h-states">Cards by state</h2>
        <BarTable
          caption="Flashcards by state: new (never reviewed), learning, review, relearning (forgotten, being learnt again)"
          head={["State", "Cards"]}
          rows={states.map((k) => ({ label: k[0]!.toUpperCase() + k.slice(1), value: byState[k] }))}
        />
      </section>
    </div>
  );
}
