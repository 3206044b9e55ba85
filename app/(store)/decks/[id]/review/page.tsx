import type { Metadata } from "next";
import { DeckPageHeading } from "@/components/deck-page-heading";
import { notFound } from "next/navigation";
import { ReviewSession } from "@/components/cards/review-session";
import { toReviewDeck } from "@/lib/srs/review-deck";
import { builtinDeckFromParams, builtinDeckParams } from "@/lib/decks/builtin";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export const generateStaticParams = builtinDeckParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deck = await builtinDeckFromParams(params);
  return { title: deck ? `Review: ${deck.article.title}` : "Deck not found" };
}

export default async function DeckReviewPage({ params }: Props) {
  const deck = await builtinDeckFromParams(params);
  if (!deck) notFound();
  return (
    <>
      <DeckPageHeading deck={deck} heading="Review" />
      <ReviewSession decks={[toReviewDeck(deck)]} />
    </>
  );
}
