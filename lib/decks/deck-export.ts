import type { Deck } from "@/lib/schemas/deck";

/** Largest deck file accepted (the longest article, 100,000 characters, makes a deck well under this). */
export const MAX_DECK_FILE_BYTES = 5 * 1024 * 1024;

/** A deck as a file: the deck format itself (lib/schemas/deck.ts), indented, so it can be read and shared. */
export function serializeDeck(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}

/** The file name a deck downloads under. */
export function deckFileName(deck: Pick<Deck, "id">): string {
  return `${deck.id}.factdeck.json`;
}
