import type { CardSettings, CardsData } from "@/lib/schemas/cards";

/** The key of a card in the store: deck id and question id, which never contain "::". */
export function cardKey(deckId: string, questionId: string): string {
  return `${deckId}::${questionId}`;
}

/** Review settings of a new user: 20 new cards a day, as Anki does. */
export const defaultCardSettings: CardSettings = { dailyNewLimit: 20 };

/** The empty cards state a new user starts with. */
export function emptyCardsData(): CardsData {
  return { cards: {}, reviewLog: [], settings: { ...defaultCardSettings }, lastUndo: null };
}
