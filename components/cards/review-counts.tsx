import styles from "./review.module.css";

/** New / learning / due counts, as Anki shows them above a review. */
export function ReviewCounts({ counts }: { counts: { new: number; learning: number; due: number } }) {
  return (
    <ul className={styles.counts} aria-label="Cards to review">
      <li className={styles.new}>
        <strong>{counts.new}</strong> new
      </li>
      <li className={styles.learning}>
        <strong>{counts.learning}</strong> learning
      </li>
      <li className={styles.due}>
        <strong>{counts.due}</strong> due
      </li>
    </ul>
  );
}
