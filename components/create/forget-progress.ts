/**
 * Removes what the app's store holds about a deleted deck (quiz attempts, best score, the quiz in
 * progress, flashcards and their review log). Loaded on demand, so the home page does not carry the
 * store's code until a deck is deleted.
 * Returns false when the saved progress could not be changed (it is from a newer version, or unreadable).
 */
export async function forgetDeckProgress(deckId: string): Promise<boolean> {
  const [{ createAppStore }, { browserStorage }] = await Promise.all([import("@/lib/store/app-store"), import("@/lib/store/storage")]);
  const store = createAppStore({ storage: browserStorage() });
  await store.persist.rehydrate();
  const state = store.getState();
  if (state.meta.readOnly || state.meta.notices.length > 0) return false;
  state.forgetDeck(deckId, Date.now());
  return store.getState().meta.notices.length === 0;
}
