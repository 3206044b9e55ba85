import { ORDER_SEPARATOR } from "@/lib/quiz/check-answer";
import styles from "./quiz.module.css";

/** An answer as text; an ordering answer ("a → b → c") as a numbered list, which reads better. */
export function AnswerText({ text, ordering }: { text: string; ordering: boolean }) {
  if (!ordering || !text.includes(ORDER_SEPARATOR)) return <>{text}</>;
  return (
    <ol className={styles.answerList}>
      {text.split(ORDER_SEPARATOR).map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ol>
  );
}
