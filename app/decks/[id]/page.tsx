import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeckOverview } from "@/components/deck-overview";
import { builtinDeckFromParams, builtinDeckParams } from "@/lib/decks/builtin";
import { deckFileName } from "@/lib/decks/deck-export";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export const generateStaticParams = builtinDeckParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deck = await builtinDeckFromParams(params);
  return { title: deck?.article.title ?? "Deck not found" };
}

export default async function DeckPage({ params }: Props) {
  const deck = await builtinDeckFromParams(params);
  if (!deck) notFound();
  const download = (
    <a className="button secondary" href={`/decks/${deck.id}/deck.json`} download={deckFileName(deck)}>
      Download the deck file
    </a>
  );
  return <DeckOverview deck={deck} download={download} />;
}
