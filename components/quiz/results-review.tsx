import type { Deck } from "@/lib/schemas/deck";
import type { Attempt } from "@/lib/schemas/quiz";
import { AnswerText } from "@/components/quiz/answer-text";
import { Evidence } from "@/components/quiz/evidence";
import styles from "./quiz.module.css";

/** Every question of the attempt with the given and the correct answer, and the evidence. */
export function ResultsReview({ deck, attempt }: { deck: Deck; attempt: Attempt }) {
  return (
    <>
      <h2>Review</h2>
      <ol className={styles.review} aria-label="Your answers">
        {attempt.answers.map((r) => {
          const q = deck.questions.find((x) => x.id === r.questionId);
          return (
            <li key={r.questionId} className={`card ${r.correct ? styles.good : styles.bad}`}>
              <p className={styles.reviewPrompt}>{q?.prompt ?? "(a question no longer in the deck)"}</p>
              <p className={styles.verdict}><strong>{r.correct ? "Correct" : "Incorrect"}</strong></p>
              <dl className={styles.facts}>
                <div><dt>Your answer</dt><dd>{r.given ? <AnswerText text={r.given} ordering={r.type === "ordering"} /> : "—"}</dd></div>
                {q && <div><dt>Correct answer</dt><dd><AnswerText text={q.answer} ordering={q.type === "ordering"} /></dd></div>}
              </dl>
              {q && <Evidence deck={deck} question={q} />}
            </li>
          );
        })}
      </ol>
    </>
  );
}
