import { useEffect, useRef } from "react";
import { AppLink } from "@/components/ui/app-link";
import type { Deck } from "@/lib/schemas/deck";
import type { Attempt } from "@/lib/schemas/quiz";
import { breakdownByType, percent, scoreOf } from "@/lib/quiz/score";
import { formatDuration } from "@/lib/quiz/format";
import { newSeed } from "@/lib/quiz/settings";
import { questionTypeLabels } from "@/lib/decks/summary";
import { useAppStoreApi } from "@/components/store/store-provider";
import { ResultsReview } from "@/components/quiz/results-review";
import styles from "./quiz.module.css";

/** The score, time, breakdown by type, previous best, the review list, and what to do next. */
export function QuizResults({ deck, attempt }: { deck: Deck; attempt: Attempt }) {
  const api = useAppStoreApi();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [attempt.id]);
  const score = scoreOf(attempt);
  const wrong = score.total - score.correct;
  const prev = attempt.previousBest;

  return (
    <section className="stack" aria-labelledby="results-title">
      <h2 id="results-title" ref={heading} tabIndex={-1} className={styles.focusTarget} style={{ marginTop: 0 }}>
        {attempt.retryOf ? "Results of your retry" : "Your results"}
      </h2>
      <div className={`card ${styles.scoreCard}`}>
        <p className={styles.score}>
          <strong>
            {score.correct} of {score.total} correct
          </strong>
        </p>
        <p className={styles.percent}>{percent(score)}%</p>
        <dl className={styles.facts}>
          <div>
            <dt>Time taken</dt>
            <dd>{formatDuration((attempt.finishedAt ?? attempt.startedAt) - attempt.startedAt)}</dd>
          </div>
          <div>
            <dt>Mode</dt>
            <dd>{attempt.mode === "practice" ? "Practice" : "Test"}</dd>
          </div>
          <div>
            <dt>Best previous score</dt>
            <dd>{prev ? `${prev.correct} of ${prev.total} (${percent(prev)}%)` : "None yet: this is your first"}</dd>
          </div>
        </dl>
        {attempt.retryOf && <p className="meta">A retry of mistakes does not count toward your best score.</p>}
      </div>
      <div className="row">
        {wrong > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => api.getState().retryMistakes({ deckId: deck.id, seed: newSeed(), now: Date.now() })}
          >
            Retry mistakes ({wrong})
          </button>
        )}
        <button
          type="button"
          className={`button ${wrong > 0 ? "secondary" : ""}`}
          onClick={() => api.getState().closeQuiz(deck.id)}
        >
          New quiz
        </button>
        <AppLink href={`/decks/${deck.id}`} className="button secondary">
          Back to the article
        </AppLink>
      </div>
      <table className={styles.table}>
        <caption>By question type</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Correct</th>
            <th scope="col">Questions</th>
          </tr>
        </thead>
        <tbody>
          {breakdownByType(attempt).map((r) => (
            <tr key={r.type}>
              <th scope="row">{questionTypeLabels[r.type]}</th>
              <td>{r.correct}</td>
              <td>{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ResultsReview deck={deck} attempt={attempt} />
    </section>
  );
}
