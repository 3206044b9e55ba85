import { deckSchema, type Deck } from "@/lib/schemas/deck";
import londonSummit from "@/data/decks/london-defence-summit.deck.json";

/** The decks that ship with the app, validated once when the module loads (server side). */
export const builtinDecks: readonly Deck[] = [deckSchema.parse(londonSummit)];

/** A built-in deck by id, or undefined for an unknown id. */
export function getBuiltinDeck(id: string): Deck | undefined {
  return builtinDecks.find((d) => d.id === id);
}

/** The `[id]` params of every built-in deck, for the deck routes' `generateStaticParams`. */
export function builtinDeckParams(): { id: string }[] {
  return builtinDecks.map((d) => ({ id: d.id }));
}

/** The built-in deck a deck route's params name, or undefined for an unknown id. */
export async function builtinDeckFromParams(params: Promise<{ id: string }>): Promise<Deck | undefined> {
  return getBuiltinDeck((await params).id);
}
