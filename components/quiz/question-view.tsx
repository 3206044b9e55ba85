import { useEffect, useRef, useState } from "react";
import type { Deck } from "@/lib/schemas/deck";
import type { Attempt } from "@/lib/schemas/quiz";
import { useAppStoreApi } from "@/components/store/store-provider";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { ChoiceAnswer } from "@/components/quiz/choice-answer";
import { ConfirmDialog } from "@/components/quiz/confirm-dialog";
import { OrderingAnswer } from "@/components/quiz/ordering-answer";
import { ProgressBar } from "@/components/quiz/progress-bar";
import { TypedAnswer } from "@/components/quiz/typed-answer";
import { usePageKeys } from "@/components/ui/use-page-keys";
import { canOverride } from "@/lib/quiz/attempt";
import styles from "./quiz.module.css";

/** Whether Enter on this target already does something of its own (a button press, a link). */
function enterActivates(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && t.closest("button, a[href], summary, input:not([type=radio])") !== null;
}

/** The question on screen, its answer form, and (in practice mode) the feedback once answered. */
/** `onShown`: called once it is on screen (the quiz page then loads its results screen). */
export function QuestionView({ deck, attempt, onShown }: { deck: Deck; attempt: Attempt; onShown?: () => void }) {
  const api = useAppStoreApi();
  const [quitting, setQuitting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const id = attempt.questionIds[attempt.current];
  const question = deck.questions.find((x) => x.id === id);
  const test = attempt.mode === "test";
  const given = attempt.answers.find((r) => r.questionId === id);
  // Test mode checks nothing before the end: an answer kept earlier is shown to be kept or changed, not checked.
  const record = test ? undefined : given;
  const total = attempt.questionIds.length;
  const isLast = attempt.current === total - 1;

  // A new question: focus its prompt, so keyboard and screen-reader users start from it; a typed answer's box
  // (which names the prompt in its description), so the answer can be typed at once.
  useEffect(() => {
    const box = document.getElementById(`prompt-${id}-input`);
    (box instanceof HTMLInputElement && !box.readOnly ? box : heading.current)?.focus();
  }, [id]);
  useEffect(() => {
    if (record) nextButton.current?.focus();
  }, [record]);
  useEffect(() => onShown?.(), [onShown]);

  const next = () => api.getState().next({ deckId: deck.id, now: Date.now() });
  usePageKeys(
    record
      ? (e) => {
          if (e.key === "Enter" && !enterActivates(e.target)) {
            e.preventDefault();
            next();
          }
        }
      : null,
  );

  if (!question) {
    return (
      <div className="notice error stack">
        <p>This quiz asks for a question the deck no longer has (the deck was updated).</p>
        <button type="button" className="button" onClick={() => api.getState().closeQuiz(deck.id)}>
          Start a new quiz
        </button>
      </div>
    );
  }

  const promptId = `prompt-${question.id}`;
  const onAnswer = (given: string) => api.getState().answer({ deckId: deck.id, question, given, now: Date.now() });
  const Answer =
    question.type === "cloze" || question.type === "numeric"
      ? TypedAnswer
      : question.type === "ordering"
        ? OrderingAnswer
        : ChoiceAnswer;

  return (
    <section className={`stack ${styles.question}`} aria-labelledby={promptId}>
      <div className={styles.bar}>
        <p className={styles.count}>
          Question {attempt.current + 1} of {total}
        </p>
        <button type="button" className="button secondary" onClick={() => setQuitting(true)}>
          Quit quiz
        </button>
      </div>
      <ProgressBar value={attempt.current + 1} max={total} />
      <h2 id={promptId} ref={heading} tabIndex={-1} className={`${styles.prompt} ${styles.focusTarget}`}>
        {question.prompt}
      </h2>
      <Answer
        key={question.id}
        question={question}
        promptId={promptId}
        record={record}
        test={test}
        saved={given?.given}
        onAnswer={onAnswer}
      />
      {test && (attempt.current > 0 || given) && (
        <div className="row">
          {attempt.current > 0 && (
            <button
              type="button"
              className="button secondary"
              onClick={() => api.getState().goBack({ deckId: deck.id, now: Date.now() })}
            >
              Previous question
            </button>
          )}
          {given && <span className="meta">Your earlier answer is kept: change it and save, or save it as it is.</span>}
        </div>
      )}
      <div role="status" aria-label="Feedback">
        {record && (
          <AnswerFeedback
            deck={deck}
            question={question}
            record={record}
            onOverride={
              !test && canOverride(attempt, question.id)
                ? () => api.getState().overrideAnswer({ deckId: deck.id, questionId: question.id })
                : undefined
            }
          />
        )}
      </div>
      {record && (
        <div className="row">
          <button ref={nextButton} type="button" className="button" onClick={next}>
            {isLast ? "See results" : "Next question"}
          </button>
          <span className="meta key-hint">or press Enter</span>
        </div>
      )}
      <ConfirmDialog
        open={quitting}
        title="Quit this quiz?"
        confirmLabel="Quit quiz"
        cancelLabel="Keep going"
        onCancel={() => setQuitting(false)}
        onConfirm={() => {
          setQuitting(false);
          api.getState().closeQuiz(deck.id);
        }}
      >
        <p>This quiz will not be scored or kept in your history.</p>
        {attempt.answers.some((r) => !r.correct) && (
          <p>The questions you have missed so far stay in your flashcards, due for review now.</p>
        )}
      </ConfirmDialog>
    </section>
  );
}
