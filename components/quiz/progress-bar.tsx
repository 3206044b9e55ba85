import styles from "./quiz.module.css";

/** "Question N of M" as a progress bar with its value for assistive technology. */
export function ProgressBar({ value, max }: { value: number; max: number }) {
  return (
    <div
      role="progressbar"
      aria-label="Quiz progress"
      aria-valuemin={0}
      aria-valuenow={value}
      aria-valuemax={max}
      aria-valuetext={`Question ${value} of ${max}`}
      className={styles.progress}
    >
      <div className={styles.progressFill} style={{ width: `${(value / max) * 100}%` }} />
    </div>
  );
}
