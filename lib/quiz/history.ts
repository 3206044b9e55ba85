import type { Attempt, QuizPersisted } from "@/lib/schemas/quiz";
import { updateBest } from "@/lib/quiz/score";

/**
 * How many finished attempts are kept (well under 1 MB of localStorage); the oldest go first. Best
 * scores are kept apart, so none is lost.
 */
export const MAX_ATTEMPTS = 200;

/** The quiz slice's data when nothing has been done yet. */
export function emptyQuizData(): QuizPersisted {
  return { attempts: [], active: {}, best: {} };
}

/**
 * Files a just-finished attempt: it stays active (its results are on screen), joins the history once,
 * remembers the deck's previous best, and may become the new best.
 */
export function recordFinished(data: QuizPersisted, a: Attempt): QuizPersisted {
  if (a.finishedAt === undefined || data.attempts.some((x) => x.id === a.id)) return data;
  const previous = data.best[a.deckId];
  const filed: Attempt = previous ? { ...a, previousBest: previous } : a;
  const best = updateBest(previous, filed);
  return {
    ...data,
    active: { ...data.active, [a.deckId]: filed },
    attempts: [...data.attempts, filed].slice(-MAX_ATTEMPTS),
    best: best ? { ...data.best, [a.deckId]: best } : data.best,
  };
}

/**
 * The quiz data without anything about `deckId` (a deleted deck): its attempts, the attempt in
 * progress, its best score. Returns `data` itself when it holds nothing of that deck.
 */
export function quizWithoutDeck(data: QuizPersisted, deckId: string): QuizPersisted {
  const known = deckId in data.active || deckId in data.best || data.attempts.some((a) => a.deckId === deckId);
  if (!known) return data;
  const { [deckId]: _active, ...active } = data.active;
  const { [deckId]: _best, ...best } = data.best;
  void _active;
  void _best;
  return { ...data, attempts: data.attempts.filter((a) => a.deckId !== deckId), active, best };
}
