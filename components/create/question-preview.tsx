import { useId, useState } from "react";
import type { Question } from "@/lib/schemas/deck";
import { useEditorToggle } from "@/components/create/use-editor-toggle";
import { answerEditable, answerInSentence, choicesEditable, editQuestion } from "@/lib/create/edit";
import styles from "./new-deck.module.css";

/** `onDrop`: absent where questions cannot be dropped (a saved deck's). */
type Props = { question: Question; number: number; onChange: (q: Question) => void; onDrop?: () => void };

/** One generated question with its evidence; the user may edit its prompt and answer, or drop it. */
export function QuestionPreview({ question: q, number, onChange, onDrop }: Props) {
  const id = useId();
  const [prompt, setPrompt] = useState(q.prompt);
  const [answer, setAnswer] = useState(q.answer);
  // A multiple-choice or who-said question's choices, one a line (blank lines ignored).
  const [choices, setChoices] = useState((q.choices ?? []).join("\n"));
  const [error, setError] = useState<string>();
  const [warning, setWarning] = useState<string>();
  const kind = answerEditable(q);
  // Leaving the editor (saved or cancelled) puts focus back on this question's Edit button, not the page top.
  const { open: editing, setOpen: setEditing, close: stopEditing, opener: editButton } = useEditorToggle();

  function save() {
    const edited = choicesEditable(q)
      ? choices
          .split("\n")
          .map((c) => c.trim())
          .filter(Boolean)
      : undefined;
    const r = editQuestion(q, { prompt, answer, choices: edited });
    if (!r.ok) return setError(r.message);
    setError(undefined);
    // Allowed (the sentence may word it otherwise), but said: the quiz shows this sentence as the proof.
    setWarning(
      kind === "text" && r.question.answer !== q.answer && !answerInSentence(r.question)
        ? `“${r.question.answer}” is not in its sentence: check that the sentence still proves it.`
        : undefined,
    );
    stopEditing();
    onChange(r.question);
  }
  function startEditing() {
    setPrompt(q.prompt);
    setAnswer(q.answer);
    setChoices((q.choices ?? []).join("\n"));
    setError(undefined);
    setEditing(true);
  }

  return (
    <li className={`card ${styles.question}`} aria-labelledby={`${id}-n`}>
      <p id={`${id}-n`} className="meta">
        Question {number}
      </p>
      {editing ? (
        <form
          className="stack"
          aria-label={`Edit question ${number}`}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <div className={styles.field}>
            <label htmlFor={`${id}-p`}>Question</label>
            <textarea id={`${id}-p`} rows={4} value={prompt} onChange={(e) => setPrompt(e.target.value)} autoFocus />
          </div>
          {kind === "text" && (
            <div className={styles.field}>
              <label htmlFor={`${id}-a`}>Answer</label>
              <input id={`${id}-a`} type="text" value={answer} onChange={(e) => setAnswer(e.target.value)} />
            </div>
          )}
          {choicesEditable(q) && (
            <div className={styles.field}>
              <label htmlFor={`${id}-c`}>Choices, one a line</label>
              <textarea
                id={`${id}-c`}
                rows={Math.max(3, (q.choices?.length ?? 0) + 1)}
                value={choices}
                aria-describedby={`${id}-ch`}
                onChange={(e) => setChoices(e.target.value)}
              />
              <p id={`${id}-ch`} className="meta">
                The answer must be one of them; each choice must differ.
              </p>
            </div>
          )}
          {kind === "choice" && (
            <div className={styles.field}>
              <label htmlFor={`${id}-a`}>Answer</label>
              <select id={`${id}-a`} value={answer} onChange={(e) => setAnswer(e.target.value)}>
                {q.choices?.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </div>
          )}
          {error && (
            <p role="alert" className={styles.fieldError}>
              {error}
            </p>
          )}
          <div className="row">
            <button className="button" type="submit">
              Save changes
            </button>
            <button className="button secondary" type="button" onClick={stopEditing}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className={styles.prompt}>{q.prompt}</p>
          {q.type === "ordering" && q.items ? (
            <ol className={styles.answer}>
              {q.items.map((it) => (
                <li key={it}>{it}</li>
              ))}
            </ol>
          ) : (
            <p className={styles.answer}>
              <span className="muted">Answer: </span>
              <strong>{q.answer}</strong>
            </p>
          )}
          {q.choices && q.type !== "ordering" && q.type !== "true-false" && (
            <p className="meta">Choices: {q.choices.join(" · ")}</p>
          )}
          {warning && (
            <p role="status" className="notice">
              {warning}
            </p>
          )}
          <blockquote className={styles.evidence}>
            <span className="visually-hidden">Evidence: </span>
            {q.evidence.sentence}
          </blockquote>
          <div className="row">
            <button
              ref={editButton}
              className="button secondary"
              type="button"
              onClick={startEditing}
              aria-label={`Edit question ${number}`}
              data-edit={q.id}
            >
              Edit
            </button>
            {onDrop && (
              <button className="button danger" type="button" onClick={onDrop} aria-label={`Drop question ${number}`}>
                Drop
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}
