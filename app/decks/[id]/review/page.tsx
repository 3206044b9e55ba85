import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewSession } from "@/components/cards/review-session";
import { toReviewDeck } from "@/lib/srs/review-deck";
import { builtinDecks, getBuiltinDeck } from "@/lib/decks/builtin";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return builtinDecks.map((d) => ({ id: d.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deck = getBuiltinDeck((await params).id);
  return { title: deck ? `Review: ${deck.article.title}` : "Deck not found" };
}

export default async function DeckReviewPage({ params }: Props) {
  const deck = getBuiltinDeck((await params).id);
  if (!deck) notFound();
  return (
    <>
      <p className="meta">
        <Link href={`/decks/${deck.id}`}>← Back to the article</Link>
      </p>
      <h1>Review</h1>
      <p className="lede" style={{ marginTop: 0 }}>{deck.article.title}</p>
      <ReviewSession decks={[toReviewDeck(deck)]} />
    </>
  );
}
