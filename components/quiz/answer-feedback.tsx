import type { Deck, Question } from "@/lib/schemas/deck";
import type { AnswerRecord } from "@/lib/schemas/quiz";
import { AnswerText } from "@/components/quiz/answer-text";
import { Evidence } from "@/components/quiz/evidence";
import { spellingSlipOf } from "@/lib/quiz/check-answer";
import styles from "./quiz.module.css";

/**
 * "Correct" or "Incorrect — the answer is …", with the evidence. Rendered inside a status region. `onOverride`:
 * a typed answer marked wrong may be counted as right ("I was right", once).
 */
export function AnswerFeedback({
  deck,
  question,
  record,
  onOverride,
}: {
  deck: Deck;
  question: Question;
  record: AnswerRecord;
  onOverride?: () => void;
}) {
  // A typed answer one slip away counts as right; say how it is spelled.
  const spelled = record.correct && record.given ? spellingSlipOf(question, record.given) : undefined;
  return (
    <div className={`${styles.feedback} ${record.correct ? styles.good : styles.bad}`}>
      {record.overridden ? (
        <>
          <p className={styles.verdict}>
            <strong>Counted as right</strong> — you said your answer was right
          </p>
          <p className="meta">
            You answered: {record.given}; the deck&apos;s answer is {question.answer}
          </p>
        </>
      ) : record.correct ? (
        <p className={styles.verdict}>
          <strong>Correct</strong>
          {spelled && (
            <>
              {" "}
              — it is spelled <strong>{spelled}</strong>
            </>
          )}
        </p>
      ) : question.type === "ordering" ? (
        <div className={styles.verdict}>
          <strong>Incorrect</strong> — the answer is:
          <AnswerText text={question.answer} ordering />
        </div>
      ) : (
        <>
          <p className={styles.verdict}>
            <strong>Incorrect</strong> — the answer is <strong>{question.answer}</strong>
          </p>
          {record.given && <p className="meta">You answered: {record.given}</p>}
          {onOverride && record.given && (
            <p>
              <button type="button" className="button secondary" onClick={onOverride}>
                I was right
              </button>{" "}
              <span className="meta">Count it as right if your answer means the same.</span>
            </p>
          )}
        </>
      )}
      <Evidence deck={deck} question={question} />
    </div>
  );
}
