"use client";

import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Deck } from "@/lib/schemas/deck";
import { useAppStore } from "@/components/store/store-provider";
import { QuestionView } from "@/components/quiz/question-view";
import { QuizResults } from "@/components/quiz/quiz-results";
import { QuizSetup } from "@/components/quiz/quiz-setup";
import { LastResult } from "@/components/quiz/last-result";
import styles from "./quiz.module.css";

/**
 * The quiz on a deck: setup, the question on screen, or the results, from the saved attempt. Results show
 * right after the last answer; coming back to the quiz later (Start quiz on the deck page, a reload) opens
 * the setup for a new quiz, with the last result one click away.
 */
export function QuizApp({ deck }: { deck: Deck }) {
  // Only these two values: the quiz re-renders when its own attempt changes, not on other store changes.
  const { hydrated, attempt } = useAppStore(useShallow((s) => ({ hydrated: s.meta.hydrated, attempt: s.quiz.active[deck.id] })));
  // The attempt this page saw in progress (so its results show when it ends), or the old one asked for.
  const [shown, setShown] = useState<string | null>(null);
  // Until saved data is read, show a quiet placeholder (not an empty setup that would then jump).
  if (!hydrated) return <p className={`muted ${styles.loading}`}>Loading your quiz…</p>;
  if (!attempt) return <QuizSetup deck={deck} />;
  if (attempt.finishedAt === undefined) {
    if (shown !== attempt.id) setShown(attempt.id);
    return <QuestionView deck={deck} attempt={attempt} />;
  }
  if (shown === attempt.id) return <QuizResults deck={deck} attempt={attempt} />;
  return (
    <div className="stack">
      <LastResult attempt={attempt} onShow={() => setShown(attempt.id)} />
      <QuizSetup deck={deck} />
    </div>
  );
}
