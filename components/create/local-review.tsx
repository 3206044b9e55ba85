"use client";
import Link from "next/link";
import { ReviewSession } from "@/components/cards/review-session";
import { useLocalDeck } from "@/components/create/use-local-deck";
import { LocalDeckGate } from "@/components/create/local-deck-gate";

/** Flashcard review of a deck saved in this browser: the same card components as a built-in deck's. */
export function LocalReview({ id }: { id: string }) {
  const result = useLocalDeck(id);
  if (result.status !== "ready") return <LocalDeckGate result={result} />;
  const { deck } = result;
  return (
    <>
      <p className="meta">
        <Link href={`/decks/${deck.id}`}>← Back to the article</Link>
      </p>
      <h1>Review</h1>
      <p className="lede" style={{ marginTop: 0 }}>{deck.article.title}</p>
      <ReviewSession decks={[deck]} />
    </>
  );
}
