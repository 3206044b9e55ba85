import { AppLink } from "@/components/ui/app-link";
import type { Deck } from "@/lib/schemas/deck";

/** The top of a page about one deck (quiz, review): a way back to the article, the page's name, the deck's title. */
export function DeckPageHeading({ deck, heading }: { deck: Deck; heading: string }) {
  return (
    <>
      <p className="meta">
        <AppLink href={`/decks/${deck.id}`}>← Back to the article</AppLink>
      </p>
      <h1>{heading}</h1>
      <p className="lede deck-page-lede" dir="auto" style={{ marginTop: 0 }}>
        {deck.article.title}
      </p>
    </>
  );
}
