import { CardState } from "@/lib/schemas/card-state";
import type { CardRecord, CardsData } from "@/lib/schemas/cards";
import { cardKey } from "@/lib/srs/card-key";
import { newCardRecord } from "@/lib/srs/new-card";
import { keepUndoWhile } from "@/lib/srs/undo";

/**
 * Questions missed in a quiz make their cards due at `now`, so quizzes and reviews feed one loop.
 * A card never reviewed is created due now (outside the daily new limit); its memory state is kept otherwise.
 */
export function markMissedDue(data: CardsData, deckId: string, questionIds: readonly string[], now: number): CardsData {
  const cards = { ...data.cards };
  const changed = new Set<string>();
  for (const questionId of questionIds) {
    const key = cardKey(deckId, questionId);
    const card = cards[key];
    if (card && card.due <= now) continue;
    cards[key] = card ? { ...card, due: now } : newCardRecord(deckId, questionId, now);
    changed.add(key);
  }
  // Undoing an older grade must not silently cancel what the quiz just asked for: the undo history ends at the
  // newest grade of a card the quiz changed.
  return changed.size > 0 ? keepUndoWhile({ ...data, cards }, (s) => !changed.has(s.key)) : data;
}

/**
 * A miss taken back ("I was right" in a quiz): the card the miss made due at `at` goes back to `previous`, as it
 * was before the miss (no card: it had none). Without `previous` (the page was reloaded since) only a card the
 * miss created and nothing changed since is removed. A card graded since is left as it is.
 */
export function unmarkMissed(
  data: CardsData,
  deckId: string,
  questionId: string,
  at: number,
  previous?: CardRecord | null,
): CardsData {
  const key = cardKey(deckId, questionId);
  const card = data.cards[key];
  if (!card || card.due !== at || card.lastReview !== previous?.lastReview) return data;
  if (previous === undefined && (card.state !== CardState.New || card.reps !== 0)) return data;
  const cards = { ...data.cards };
  if (previous) cards[key] = previous;
  else delete cards[key];
  return { ...data, cards };
}
