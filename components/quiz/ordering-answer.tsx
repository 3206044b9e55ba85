import { useRef, useState } from "react";
import { formatOrdering, ORDER_SEPARATOR } from "@/lib/quiz/check-answer";
import type { AnswerProps } from "@/components/quiz/answer-props";
import styles from "./quiz.module.css";

/** Put items in order with "Move up"/"Move down" buttons; focus follows the moved item. */
export function OrderingAnswer({ question, promptId, record, test, saved, onAnswer }: AnswerProps) {
  const [items, setItems] = useState<string[]>(() =>
    (record ?? saved) !== undefined
      ? (record?.given ?? saved!).split(ORDER_SEPARATOR)
      : [...(question.choices ?? question.items ?? [])],
  );
  const [said, setSaid] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const answered = record !== undefined;

  const move = (from: number, to: number, dir: "up" | "down") => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    if (item === undefined || to < 0 || to >= items.length) return;
    next.splice(to, 0, item);
    setItems(next);
    setSaid(`“${item}” moved to position ${to + 1} of ${items.length}.`);
    // Keep focus on the moved item; at an edge, on its other button.
    const atEdge = (dir === "up" && to === 0) || (dir === "down" && to === items.length - 1);
    requestAnimationFrame(() =>
      buttons.current.get(`${item}:${atEdge ? (dir === "up" ? "down" : "up") : dir}`)?.focus(),
    );
  };

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onAnswer(formatOrdering(items));
      }}
    >
      <ol className={styles.ordering} aria-labelledby={promptId}>
        {items.map((item, i) => (
          <li key={item} className={answered ? (question.items?.[i] === item ? styles.right : styles.wrong) : ""}>
            <span className={styles.choiceText}>{item}</span>
            {!answered && (
              <span className={styles.moves}>
                <button
                  type="button"
                  className="button secondary"
                  disabled={i === 0}
                  aria-label={`Move “${item}” up`}
                  ref={(el) => {
                    buttons.current.set(`${item}:up`, el);
                  }}
                  onClick={() => move(i, i - 1, "up")}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button secondary"
                  disabled={i === items.length - 1}
                  aria-label={`Move “${item}” down`}
                  ref={(el) => {
                    buttons.current.set(`${item}:down`, el);
                  }}
                  onClick={() => move(i, i + 1, "down")}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      {!answered && (
        <div className="row">
          <button type="submit" className="button">
            {test ? "Save order" : "Check order"}
          </button>
        </div>
      )}
    </form>
  );
}
