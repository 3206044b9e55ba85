"use client";

import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Deck } from "@/lib/schemas/deck";
import { useAppStore, useAppStoreApi } from "@/components/store/store-provider";
import { newSeed, quizStart, settingsFor } from "@/lib/quiz/settings";
import { START_KEY } from "@/lib/quiz/start-link";
import { QuestionView } from "@/components/quiz/question-view";
import { onDemand } from "@/components/ui/on-demand";
import { QuizSetup } from "@/components/quiz/quiz-setup";
import { LastResult } from "@/components/quiz/last-result";
import styles from "./quiz.module.css";

// The results load while the quiz is taken (see QuestionView), not with the page: every page with a quiz
// on it carries the rest within its budget.
const loadResults = onDemand(() => import("@/components/quiz/quiz-results"));
const preloadResults = () => void loadResults().catch(() => {}); // a failure shows when the results are asked for
const QuizResults = lazy(() => loadResults().then((m) => ({ default: m.QuizResults })));

/**
 * The quiz on a deck: setup, the question on screen, or the results, from the saved attempt. Results show
 * right after the last answer; coming back to the quiz later (Start quiz on the deck page, a reload) opens
 * the setup for a new quiz, with the last result one click away. Reached by a "Start quiz" link
 * (lib/quiz/start-link), it starts a quiz at once with the last settings used, unless one is in progress.
 */
export function QuizApp({ deck }: { deck: Deck }) {
  // Only these two values: the quiz re-renders when its own attempt changes, not on other store changes.
  const { hydrated, attempt } = useAppStore(
    useShallow((s) => ({ hydrated: s.meta.hydrated, attempt: s.quiz.active[deck.id] })),
  );
  // The attempt this page saw in progress (so its results show when it ends), or the old one asked for.
  const [shown, setShown] = useState<string | null>(null);
  const starting = useStartNow(deck, hydrated);
  // Until saved data is read, show a quiet placeholder (not an empty setup that would then jump).
  if (!hydrated || starting) return <p className={`muted ${styles.loading}`}>Loading your quiz…</p>;
  if (!attempt) return <QuizSetup deck={deck} />;
  if (attempt.finishedAt === undefined) {
    if (shown !== attempt.id) setShown(attempt.id);
    return <QuestionView deck={deck} attempt={attempt} onShown={preloadResults} />;
  }
  if (shown === attempt.id) {
    return (
      <Suspense fallback={<p className={`muted ${styles.loading}`}>Loading your results…</p>}>
        <QuizResults deck={deck} attempt={attempt} />
      </Suspense>
    );
  }
  return (
    <div className="stack">
      <LastResult attempt={attempt} onShow={() => setShown(attempt.id)} />
      <QuizSetup deck={deck} />
    </div>
  );
}

// The start mark (lib/quiz/start-link), as an outside store: read during render in the browser, null while
// prerendering and hydrating.
const markListeners = new Set<() => void>();
const subscribeMark = (listener: () => void) => {
  markListeners.add(listener);
  return () => markListeners.delete(listener);
};
function readMark(): string | null {
  try {
    return sessionStorage.getItem(START_KEY) ?? "";
  } catch {
    return "";
  }
}
const noMark = () => null;

/**
 * Starts a quiz on arrival from a "Start quiz" link, once saved data is read: with the last settings (or
 * the defaults), unless a quiz is in progress, which is shown instead. The mark is then removed, so a
 * reload does not start another. True while the mark is not read yet or still to be acted on.
 */
function useStartNow(deck: Deck, hydrated: boolean): boolean {
  const api = useAppStoreApi();
  const mark = useSyncExternalStore(subscribeMark, readMark, noMark);
  const wanted = mark === deck.id;
  useEffect(() => {
    if (!mark || !hydrated) return;
    const s = api.getState();
    const active = s.quiz.active[deck.id];
    // A mark for another deck (its link followed, its page never reached) is only removed.
    if (wanted && (!active || active.finishedAt !== undefined)) {
      s.startQuiz(quizStart(deck, settingsFor(deck.questions, s.quiz.lastSettings), newSeed(), Date.now()));
    }
    try {
      sessionStorage.removeItem(START_KEY);
    } catch {
      // read above, so it can be removed
    }
    for (const listener of markListeners) listener();
  }, [mark, wanted, hydrated, api, deck]);
  return mark === null || wanted;
}
