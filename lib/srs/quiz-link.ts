import type { CardsData } from "@/lib/schemas/cards";
import { cardKey } from "@/lib/srs/card-key";
import { newCardRecord } from "@/lib/srs/new-card";

/**
 * Questions missed in a quiz make their cards due at `now`, so quizzes and reviews feed one loop.
 * A card never reviewed is created due now (outside the daily new limit); its memory state is kept otherwise.
 */
export function markMissedDue(data: CardsData, deckId: string, questionIds: readonly string[], now: number): CardsData {
  const cards = { ...data.cards };
  let lastUndo = data.lastUndo;
  let changed = false;
  for (const questionId of questionIds) {
    const key = cardKey(deckId, questionId);
    const card = cards[key];
    if (card && card.due <= now) continue;
    cards[key] = card ? { ...card, due: now } : newCardRecord(deckId, questionId, now);
    // Undoing an older grade must not silently cancel what the quiz just asked for.
    if (lastUndo?.key === key) lastUndo = null;
    changed = true;
  }
  return changed ? { ...data, cards, lastUndo } : data;
}
