import type { QuizPersisted } from "@/lib/schemas/quiz";

/** The quiz data without anything about `deckId`: its attempts, the attempt in progress, its best score. */
export function quizWithoutDeck(quiz: QuizPersisted, deckId: string): QuizPersisted {
  const { [deckId]: _active, ...active } = quiz.active;
  const { [deckId]: _best, ...best } = quiz.best;
  void _active;
  void _best;
  return { ...quiz, attempts: quiz.attempts.filter((a) => a.deckId !== deckId), active, best };
}
