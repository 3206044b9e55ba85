import type { KeyValueStorage } from "@/lib/store/storage";

/**
 * Opens the saved progress to forget a deleted deck in it (quiz attempts, best score, the quiz in progress,
 * flashcards and their review log). Loaded on demand, so the home page does not carry the store's code until
 * a deck is deleted. Reading writes nothing (an unreadable save is not backed up and replaced here, where no
 * notice would say so): resolves null when the progress cannot be changed (from a newer version, unreadable,
 * or storage blocked), and the deck must then be kept. `forget` returns false when its save failed.
 */
export async function openProgressToForget(
  storage?: KeyValueStorage,
): Promise<{ forget(deckId: string): boolean } | null> {
  const [{ createAppStore }, { browserStorage }] = await Promise.all([
    import("@/lib/store/app-store"),
    import("@/lib/store/storage"),
  ]);
  const kv = storage ?? browserStorage();
  let writable = false;
  const held: KeyValueStorage = {
    getItem: (k) => kv.getItem(k),
    setItem: (k, v) => void (writable && kv.setItem(k, v)),
    removeItem: (k) => void (writable && kv.removeItem(k)),
  };
  const store = createAppStore({ storage: held });
  await store.persist.rehydrate();
  const state = store.getState();
  if (state.meta.readOnly || state.meta.notices.length > 0) return null;
  writable = true;
  return {
    forget: (deckId) => {
      store.getState().forgetDeck(deckId, Date.now());
      return store.getState().meta.notices.length === 0;
    },
  };
}
