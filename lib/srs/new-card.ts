import { CardState } from "@/lib/schemas/card-state";
import type { CardRecord } from "@/lib/schemas/cards";

/**
 * A card never reviewed yet, due at `now`: the same record ts-fsrs's `createEmptyCard` gives (a test checks),
 * built here so that the store and the quiz route do not load ts-fsrs.
 */
export function newCardRecord(deckId: string, questionId: string, now: number): CardRecord {
  return {
    deckId,
    questionId,
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: CardState.New,
  };
}
