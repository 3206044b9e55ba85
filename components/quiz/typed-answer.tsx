import { useState } from "react";
import { MAX_ANSWER_LENGTH } from "@/lib/schemas/limits";
import type { AnswerProps } from "@/components/quiz/answer-props";
import styles from "./quiz.module.css";

/** A labelled text box with "Check", for cloze and numeric questions. */
export function TypedAnswer({ question, promptId, record, test, saved, onAnswer }: AnswerProps) {
  const [value, setValue] = useState(record?.given ?? saved ?? "");
  const [missing, setMissing] = useState(false);
  const inputId = `${promptId}-input`;
  const hintId = `${promptId}-hint`;
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim() === "") return setMissing(true);
        onAnswer(value.trim());
      }}
    >
      <div className={styles.field}>
        <label htmlFor={inputId}>Your answer</label>
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_ANSWER_LENGTH}
          value={value}
          readOnly={record !== undefined}
          aria-describedby={`${promptId} ${hintId}`}
          aria-invalid={missing || undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setMissing(false);
          }}
        />
        <p id={hintId} className="meta">
          {question.type === "numeric"
            ? "Any way of writing the number works: 1.5 million, 1,500,000 or 1.5m."
            : "Capitals, punctuation and “the” or “a” do not matter."}
        </p>
      </div>
      {missing && (
        <p className={styles.error} role="alert">
          Type an answer first.
        </p>
      )}
      {record === undefined && (
        <div className="row">
          <button type="submit" className="button">
            {test ? "Save answer" : "Check"}
          </button>
        </div>
      )}
    </form>
  );
}
