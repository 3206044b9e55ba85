/**
 * Removes what the app's store holds about a deck (quiz attempts, cards). Filled in once the store
 * (branch quiz/cards) has landed; until then a deleted deck leaves no store data to clean.
 */
export function forgetDeckProgress(deckId: string): void {
  void deckId;
}
