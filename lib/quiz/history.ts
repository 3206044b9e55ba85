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
