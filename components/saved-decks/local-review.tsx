"use client";
import { DeckPageHeading } from "@/components/deck-page-heading";
import { ReviewSession } from "@/components/cards/review-session";
import { useLocalDeck } from "@/components/saved-decks/use-local-deck";
import { LocalDeckGate } from "@/components/saved-decks/local-deck-gate";

/** Flashcard review of a deck saved in this browser: the same card components as a built-in deck's. */
export function LocalReview({ id }: { id: string }) {
  const result = useLocalDeck(id);
  if (result.status !== "ready") return <LocalDeckGate result={result} />;
  const { deck } = result;
  return (
    <>
      <DeckPageHeading deck={deck} heading="Review" />
      <ReviewSession decks={[deck]} />
    </>
  );
}
