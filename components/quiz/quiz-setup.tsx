import { useState } from "react";
import type { Deck, QuestionType } from "@/lib/schemas/deck";
import type { QuizMode, QuizSettings } from "@/lib/schemas/quiz";
import { countByType } from "@/lib/decks/summary";
import { chooseQuestions } from "@/lib/quiz/pick";
import { newSeed, quizStart, settingsFor } from "@/lib/quiz/settings";
import { useAppStore, useAppStoreApi } from "@/components/store/store-provider";
import styles from "./quiz.module.css";

const COUNTS = [5, 10, 20, 0] as const;

/** The short setup before a quiz: how many, which types, which mode. Defaults start with one click. */
export function QuizSetup({ deck }: { deck: Deck }) {
  const api = useAppStoreApi();
  const last = useAppStore((s) => s.quiz.lastSettings);
  const available = countByType(deck);
  const [settings, setSettings] = useState<QuizSettings>(() => settingsFor(deck.questions, last));
  // Chosen now, so the count shown is the quiz's: questions that would give one another away are not asked together.
  const [seed] = useState(newSeed);
  const [error, setError] = useState(false);
  const asked = chooseQuestions(deck.questions, settings, seed).length;

  const toggle = (t: QuestionType, on: boolean) => {
    setError(false);
    setSettings((s) => ({ ...s, types: on ? [...s.types, t] : s.types.filter((x) => x !== t) }));
  };
  const start = (e: React.FormEvent) => {
    e.preventDefault();
    if (!api.getState().startQuiz(quizStart(deck, settings, seed, Date.now()))) setError(true);
  };

  return (
    <form onSubmit={start} className={`card stack ${styles.setup}`} aria-labelledby="setup-title">
      <h2 id="setup-title" style={{ marginTop: 0 }}>
        Start a quiz
      </h2>
      <fieldset>
        <legend>Number of questions</legend>
        <div className={styles.options}>
          {COUNTS.map((c) => (
            <label key={c}>
              <input
                type="radio"
                name="count"
                checked={settings.count === c}
                onChange={() => setSettings((s) => ({ ...s, count: c }))}
              />
              {c === 0 ? `All (${deck.questions.length})` : c}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Question types</legend>
        <div className={styles.typeOptions}>
          {available.map((a) => (
            <label key={a.type}>
              <input
                type="checkbox"
                checked={settings.types.includes(a.type)}
                onChange={(e) => toggle(a.type, e.target.checked)}
              />
              {a.label} <span className="muted">({a.count})</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Mode</legend>
        <div className={styles.options}>
          {(["practice", "test"] as QuizMode[]).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="mode"
                checked={settings.mode === m}
                onChange={() => setSettings((s) => ({ ...s, mode: m }))}
              />
              {m === "practice" ? "Practice" : "Test"}
              <span className="muted">
                {m === "practice" ? " — see if you were right after each answer" : " — see everything at the end"}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p className={styles.error} role="alert">
          Choose at least one question type.
        </p>
      )}
      <div className="row">
        <button type="submit" className="button">
          Start quiz
        </button>
        <span className="meta" aria-live="polite">
          {asked} question{asked === 1 ? "" : "s"}
        </span>
      </div>
    </form>
  );
}
