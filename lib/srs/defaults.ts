// What a new user starts with: the review settings and the empty cards data (no cards, no reviews).
import type { CardSettings, CardsData } from "@/lib/schemas/cards";

/** Review settings of a new user: 20 new cards a day, as Anki does. */
export const defaultCardSettings: CardSettings = { dailyNewLimit: 20 };

/** The empty cards state a new user starts with. */
export function emptyCardsData(): CardsData {
  return { cards: {}, reviewLog: [], settings: { ...defaultCardSettings }, lastUndo: null };
}
