import { useState } from "react";
import type { Deck } from "@/lib/schemas/deck";
import type { Attempt } from "@/lib/schemas/quiz";
import { AnswerText } from "@/components/quiz/answer-text";
import { Evidence } from "@/components/quiz/evidence";
import styles from "./quiz.module.css";

/** Every question of the attempt with the given and the correct answer, and the evidence; or the mistakes only. */
export function ResultsReview({ deck, attempt }: { deck: Deck; attempt: Attempt }) {
  const [mistakesOnly, setMistakesOnly] = useState(false);
  const wrong = attempt.answers.filter((r) => !r.correct).length;
  const shown = mistakesOnly ? attempt.answers.filter((r) => !r.correct) : attempt.answers;
  return (
    <>
      <div className="row">
        <h2 style={{ margin: 0 }}>Review</h2>
        {wrong > 0 && wrong < attempt.answers.length && (
          <button
            type="button"
            className="button secondary"
            aria-pressed={mistakesOnly}
            onClick={() => setMistakesOnly((m) => !m)}
          >
            Mistakes only ({wrong})
          </button>
        )}
      </div>
      <ol className={styles.review} aria-label="Your answers">
        {shown.map((r) => {
          const q = deck.questions.find((x) => x.id === r.questionId);
          return (
            <li key={r.questionId} className={`card ${r.correct ? styles.good : styles.bad}`}>
              <p className={styles.reviewPrompt}>{q?.prompt ?? "(a question no longer in the deck)"}</p>
              <p className={styles.verdict}>
                <strong>{r.correct ? "Correct" : "Incorrect"}</strong>
                {r.overridden && " (you said your answer was right)"}
              </p>
              <dl className={styles.facts}>
                <div>
                  <dt>Your answer</dt>
                  <dd>{r.given ? <AnswerText text={r.given} ordering={r.type === "ordering"} /> : "—"}</dd>
                </div>
                {q && (
                  <div>
                    <dt>Correct answer</dt>
                    <dd>
                      <AnswerText text={q.answer} ordering={q.type === "ordering"} />
                    </dd>
                  </div>
                )}
              </dl>
              {q && <Evidence deck={deck} question={q} />}
            </li>
          );
        })}
      </ol>
    </>
  );
}
