import { forwardRef } from "react";
import type { Grade } from "@/lib/schemas/cards";
import type { grades as gradeList } from "@/lib/srs/scheduler";
import styles from "./review.module.css";

// `grades` comes from the scheduler (lib/srs/scheduler.ts), loaded with it once an answer is shown.
type Props = { grades: typeof gradeList; intervals: Record<Grade, string>; onGrade: (g: Grade) => void };

/** Again / Hard / Good / Easy, each with its key and the interval it would give. */
export const GradeButtons = forwardRef<HTMLButtonElement, Props>(function GradeButtons(
  { grades, intervals, onGrade },
  goodRef,
) {
  return (
    <div role="group" aria-label="How well did you remember?" className={styles.grades}>
      {grades.map(({ grade, label }) => (
        <button
          key={grade}
          ref={grade === 3 ? goodRef : undefined}
          type="button"
          className={`button ${grade === 1 ? "danger" : "secondary"} ${styles.grade}`}
          onClick={() => onGrade(grade)}
          aria-keyshortcuts={String(grade)}
        >
          <span>{label}</span>
          <span className={styles.interval}>
            <span className="visually-hidden">next in </span>
            {intervals[grade]}
          </span>
        </button>
      ))}
    </div>
  );
});
