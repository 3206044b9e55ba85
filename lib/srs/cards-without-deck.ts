import type { CardsData } from "@/lib/schemas/cards";
import { cardKey } from "@/lib/srs/card-key";
import { historyWithout } from "@/lib/srs/review-history";
import { undoSteps, withUndoSteps } from "@/lib/srs/undo";

/**
 * The cards data without `deckId`'s cards and review log, folded reviews included (a deleted deck); an undo that points at them
 * is dropped too. Returns `data` itself when it holds nothing of that deck.
 */
export function cardsWithoutDeck(data: CardsData, deckId: string): CardsData {
  const prefix = cardKey(deckId, "");
  const known =
    Object.values(data.cards).some((c) => c.deckId === deckId) ||
    data.reviewLog.some((r) => r.deckId === deckId) ||
    undoSteps(data).some((u) => u.key.startsWith(prefix)) ||
    (data.reviewHistory?.decks.some((d) => d.deckId === deckId) ?? false);
  if (!known) return data;
  const cards = Object.fromEntries(Object.entries(data.cards).filter(([, c]) => c.deckId !== deckId));
  const reviewHistory = data.reviewHistory && historyWithout(data.reviewHistory, (d) => (d === deckId ? Infinity : -1));
  // The other decks' grades can still be undone, each card exactly: only this deck's steps go.
  const undo = undoSteps(data).filter((u) => !u.key.startsWith(prefix));
  return withUndoSteps(
    {
      ...data,
      cards,
      reviewLog: data.reviewLog.filter((r) => r.deckId !== deckId),
      ...(reviewHistory ? { reviewHistory } : {}),
    },
    undo,
  );
}
