import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeckOverview } from "@/components/deck-overview";
import { builtinDecks, getBuiltinDeck } from "@/lib/decks/builtin";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return builtinDecks.map((d) => ({ id: d.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deck = getBuiltinDeck((await params).id);
  return { title: deck?.article.title ?? "Deck not found" };
}

export default async function DeckPage({ params }: Props) {
  const deck = getBuiltinDeck((await params).id);
  if (!deck) notFound();
  return <DeckOverview deck={deck} />;
}
