import type { Deck, Question } from "@/lib/schemas/deck";
import type { AnswerRecord } from "@/lib/schemas/quiz";
import { Evidence } from "@/components/quiz/evidence";
import styles from "./quiz.module.css";

/** "Correct" or "Incorrect — the answer is …", with the evidence. Rendered inside a status region. */
export function AnswerFeedback({ deck, question, record }: { deck: Deck; question: Question; record: AnswerRecord }) {
  return (
    <div className={`${styles.feedback} ${record.correct ? styles.good : styles.bad}`}>
      <p className={styles.verdict}>
        {record.correct ? (
          <strong>Correct</strong>
        ) : (
          <>
            <strong>Incorrect</strong> — the answer is <strong>{question.answer}</strong>
          </>
        )}
      </p>
      {!record.correct && record.given && <p className="meta">You answered: {record.given}</p>}
      <Evidence deck={deck} question={question} />
    </div>
  );
}
