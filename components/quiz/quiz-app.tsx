"use client";

import { useShallow } from "zustand/react/shallow";
import type { Deck } from "@/lib/schemas/deck";
import { useAppStore } from "@/components/store/store-provider";
import { QuestionView } from "@/components/quiz/question-view";
import { QuizResults } from "@/components/quiz/quiz-results";
import { QuizSetup } from "@/components/quiz/quiz-setup";
import styles from "./quiz.module.css";

/** The quiz on a deck: setup, the question on screen, or the results, from the saved attempt. */
export function QuizApp({ deck }: { deck: Deck }) {
  // Only these two values: the quiz re-renders when its own attempt changes, not on other store changes.
  const { hydrated, attempt } = useAppStore(useShallow((s) => ({ hydrated: s.meta.hydrated, attempt: s.quiz.active[deck.id] })));
  // Until saved data is read, show a quiet placeholder (not an empty setup that would then jump).
  if (!hydrated) return <p className={`muted ${styles.loading}`}>Loading your quiz…</p>;
  if (!attempt) return <QuizSetup deck={deck} />;
  if (attempt.finishedAt !== undefined) return <QuizResults deck={deck} attempt={attempt} />;
  return <QuestionView deck={deck} attempt={attempt} />;
}
