import type { Deck } from "@/lib/schemas/deck";

/**
 * Saves a changed copy of a deck already saved in this browser (renamed, questions edited), under its id: every
 * answer, card and review of it is kept. The saving code (and its checks) loads on the first save.
 */
export async function resaveDeck(deck: Deck): Promise<{ ok: true } | { ok: false; message: string }> {
  return Promise.all([import("@/lib/decks/local-db"), import("@/lib/decks/local-decks")]).then(
    ([{ indexedDbDeckStore }, { saveLocalDeck }]) => saveLocalDeck(indexedDbDeckStore(), deck, Date.now()),
    () => ({ ok: false as const, message: "The page could not load the code that saves decks. Try again." }),
  );
}
