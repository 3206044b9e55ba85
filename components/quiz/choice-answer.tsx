import { useRef, useState } from "react";
import { usePageKeys } from "@/components/ui/use-page-keys";
import type { AnswerProps } from "@/components/quiz/answer-props";
import styles from "./quiz.module.css";

const LETTERS = ["a", "b", "c", "d"];

/** Radio buttons in a radiogroup named by the question; keys 1–9 and A–D pick, Enter checks. */
export function ChoiceAnswer({ question, promptId, record, test, saved, onAnswer }: AnswerProps) {
  const choices = question.choices ?? (question.type === "true-false" ? ["True", "False"] : []);
  const [selected, setSelectedState] = useState<string | null>(record?.given ?? saved ?? null);
  // The choice as of the last key press or click, read by Enter and Check: a key pressed before React has drawn
  // the previous one (a fast "2, Enter", a busy machine) still checks the choice just made.
  const latest = useRef(selected);
  const setSelected = (c: string | null) => {
    latest.current = c;
    setSelectedState(c);
  };
  const [missing, setMissing] = useState(false);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  // A choice touched with a finger is the answer at once (one tap, as Quizlet's phone app); a mouse click or
  // the keyboard only selects it, to be checked with Check or Enter.
  const touched = useRef(false);
  const answered = record !== undefined;

  const submit = () => {
    if (latest.current === null) return setMissing(true);
    onAnswer(latest.current);
  };

  usePageKeys(
    answered
      ? null
      : (e) => {
          const key = e.key.toLowerCase();
          const index = /^[1-9]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key);
          if (index >= 0 && index < choices.length) {
            e.preventDefault();
            setSelected(choices[index] ?? null);
            setMissing(false);
            inputs.current[index]?.focus();
          } else if (
            key === "enter" &&
            (e.target === document.body || !(e.target as HTMLElement).closest("button, a[href]"))
          ) {
            e.preventDefault();
            submit();
          }
        },
  );

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="stack"
    >
      <div
        role="radiogroup"
        aria-labelledby={promptId}
        aria-describedby={missing ? `${promptId}-missing` : undefined}
        className={styles.choices}
      >
        {choices.map((c, i) => {
          const state = !answered ? "" : c === question.answer ? styles.right : c === record.given ? styles.wrong : "";
          return (
            <label
              key={c}
              className={`${styles.choice} ${state}`}
              onPointerDown={(e) => {
                touched.current = e.pointerType === "touch" || e.pointerType === "pen";
              }}
            >
              <input
                ref={(el) => {
                  inputs.current[i] = el;
                }}
                type="radio"
                name={`choice-${question.id}`}
                value={c}
                checked={selected === c}
                disabled={answered}
                onChange={() => {
                  setSelected(c);
                  setMissing(false);
                  if (touched.current) onAnswer(c);
                  touched.current = false;
                }}
              />
              <span className={styles.key} aria-hidden="true">
                {i + 1}
              </span>
              <span className={styles.choiceText}>{c}</span>
              {answered && c === question.answer && <span className={styles.tag}>Correct answer</span>}
              {answered && c === record.given && c !== question.answer && (
                <span className={styles.tag}>Your answer</span>
              )}
            </label>
          );
        })}
      </div>
      {missing && (
        <p id={`${promptId}-missing`} className={styles.error} role="alert">
          Choose an answer first.
        </p>
      )}
      {!answered && (
        <div className="row">
          <button type="submit" className="button">
            {test ? "Save answer" : "Check"}
          </button>
          <span className="meta key-hint">
            Keys 1–{Math.min(choices.length, 9)} or A–{LETTERS[Math.min(choices.length, 4) - 1]?.toUpperCase()} choose,
            Enter {test ? "saves" : "checks"}.
          </span>
        </div>
      )}
    </form>
  );
}
