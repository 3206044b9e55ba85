import { lazy, Suspense, useDeferredValue, useMemo } from "react";
import { useAppStore } from "@/components/store/store-provider";
import { questionTypeLabels } from "@/lib/decks/summary";
import {
  accuracyByDeck,
  accuracyByType,
  dueNext7Days,
  reviewsPerDay,
  scoreHistory,
  studyStreak,
} from "@/lib/progress/stats";
import { useNow } from "@/components/cards/use-now";
import { localOffset } from "@/lib/srs/local-day";
import { reviewCounts } from "@/lib/srs/review-history";
import { ScoreChart } from "./score-chart";

// Review retention and cards by state, loaded with the numbers (the page's start-up code stays as it was).
const ReviewNumbers = lazy(() => import("./review-numbers"));
import { BarTable } from "./bar-table";
import styles from "./progress.module.css";
import { formatWeekday } from "@/lib/format";

/** A deck as the page names it; its number of questions counts those never reviewed as new cards. */
export type DeckLabel = { id: string; title: string; questionCount?: number };

function dayLabel(iso: string, i?: number): string {
  if (i === 0) return "Today";
  if (i === 1) return "Tomorrow";
  return formatWeekday(Date.parse(`${iso}T00:00:00Z`), true);
}

/** The progress numbers: streak, quiz scores, accuracy, reviews per day, cards due this week. */
export function ProgressDashboard({ decks }: { decks: readonly DeckLabel[] }) {
  const hydrated = useAppStore((s) => s.meta.hydrated);
  const quiz = useAppStore((s) => s.quiz);
  const cards = useAppStore((s) => s.cards);
  const { now } = useNow(60_000);
  // Shown in a deferred render, which React splits into short tasks: the page stays responsive while
  // the numbers are worked out and the tables drawn for the first time.
  const ready = useDeferredValue(hydrated && now !== null);
  const stats = useMemo(() => {
    if (!ready || now === null) return null;
    // Each review is counted on the calendar day of its own time, in the offset of that time (summer or winter).
    const off = localOffset;
    const attempts = [
      ...quiz.attempts,
      ...Object.values(quiz.active).filter((a) => !quiz.attempts.some((x) => x.id === a.id)),
    ];
    // Older reviews are folded into quarter-hour counts: the same days in every time zone.
    const reviews = reviewCounts(cards);
    const activity = [...reviews.map((e) => e.review), ...attempts.flatMap((a) => a.answers.map((x) => x.at))];
    const perDay = reviewsPerDay(reviews, now, off, 14);
    return {
      // A retry of mistakes is not a quiz of its own (its results say so): not counted, charted or best.
      history: scoreHistory(quiz.attempts.filter((a) => a.retryOf === undefined)),
      byType: accuracyByType(attempts),
      byDeck: accuracyByDeck(attempts),
      perDay,
      due: dueNext7Days(Object.values(cards.cards), now, off),
      streak: studyStreak(activity, now, off),
      reviewsToday: perDay.at(-1)?.count ?? 0,
    };
  }, [ready, quiz, cards, now]);

  if (!stats)
    return (
      <p className="muted slot-page" aria-busy="true">
        Loading your progress…
      </p>
    );
  const title = (id: string) => decks.find((d) => d.id === id)?.title ?? id;
  const dueToday = stats.due[0]?.count ?? 0;
  const pct = (a: { correct: number; total: number; percent: number }) => `${a.percent}% (${a.correct} of ${a.total})`;

  return (
    <>
      <ul className={styles.stats} aria-label="At a glance">
        <li className={`card ${styles.stat}`}>
          <span className={styles.statValue}>{stats.streak}</span>{" "}
          <span className={styles.statLabel}>{stats.streak === 1 ? "day" : "days"} study streak</span>
        </li>
        <li className={`card ${styles.stat}`}>
          <span className={styles.statValue}>{stats.history.length}</span>{" "}
          <span className={styles.statLabel}>{stats.history.length === 1 ? "quiz" : "quizzes"} finished</span>
        </li>
        <li className={`card ${styles.stat}`}>
          <span className={styles.statValue}>{stats.reviewsToday}</span>{" "}
          <span className={styles.statLabel}>{stats.reviewsToday === 1 ? "card" : "cards"} reviewed today</span>
        </li>
        <li className={`card ${styles.stat}`}>
          <span className={styles.statValue}>{dueToday}</span>{" "}
          <span className={styles.statLabel}>{dueToday === 1 ? "card" : "cards"} due today</span>
        </li>
      </ul>

      <section className={styles.section} aria-labelledby="h-scores">
        <h2 id="h-scores">Quiz scores</h2>
        <ScoreChart points={stats.history} deckTitle={title} />
      </section>

      <section className={styles.section} aria-labelledby="h-accuracy">
        <h2 id="h-accuracy">Accuracy</h2>
        {stats.byType.length === 0 ? (
          <p className="muted">No answers yet.</p>
        ) : (
          <div className={styles.twoCol}>
            <BarTable
              caption="Accuracy by question type"
              head={["Question type", "Right"]}
              scale={100}
              rows={stats.byType.map((a) => ({ label: questionTypeLabels[a.key], value: a.percent, detail: pct(a) }))}
            />
            <BarTable
              caption="Accuracy by deck"
              head={["Deck", "Right"]}
              scale={100}
              rows={stats.byDeck.map((a) => ({ label: title(a.key), value: a.percent, detail: pct(a) }))}
            />
          </div>
        )}
      </section>

      <div className={`${styles.twoCol} ${styles.section}`}>
        <section aria-labelledby="h-reviews">
          <h2 id="h-reviews">Reviews per day</h2>
          <BarTable
            caption="Flashcard reviews on each of the last 14 days"
            head={["Day", "Reviews"]}
            rows={stats.perDay.map((d, i, all) => ({
              label: dayLabel(d.day, i === all.length - 1 ? 0 : undefined),
              value: d.count,
            }))}
          />
        </section>
        <section aria-labelledby="h-due">
          <h2 id="h-due">Due in the next 7 days</h2>
          <BarTable
            caption="Cards falling due on each of the next 7 days (today includes overdue cards)"
            head={["Day", "Cards due"]}
            rows={stats.due.map((d, i) => ({ label: dayLabel(d.day, i), value: d.count }))}
          />
        </section>
      </div>

      <Suspense fallback={<p className="muted">Loading…</p>}>
        <ReviewNumbers cards={cards} decks={decks} now={now!} />
      </Suspense>
    </>
  );
}
