import type { QuizPersisted } from "@/lib/schemas/quiz";
import type { CardsData } from "@/lib/schemas/cards";

/** The quiz data without anything about `deckId`: its attempts, the attempt in progress, its best score. */
export function quizWithoutDeck(quiz: QuizPersisted, deckId: string): QuizPersisted {
  const { [deckId]: _active, ...active } = quiz.active;
  const { [deckId]: _best, ...best } = quiz.best;
  void _active;
  void _best;
  return { ...quiz, attempts: quiz.attempts.filter((a) => a.deckId !== deckId), active, best };
}

/** The cards data without `deckId`'s cards and review log; an undo that points at them is dropped too. */
export function cardsWithoutDeck(data: CardsData, deckId: string): CardsData {
  const cards = Object.fromEntries(Object.entries(data.cards).filter(([, c]) => c.deckId !== deckId));
  const lastUndo = data.lastUndo && data.lastUndo.key.startsWith(`${deckId}::`) ? null : data.lastUndo;
  return { ...data, cards, reviewLog: data.reviewLog.filter((r) => r.deckId !== deckId), lastUndo };
}
