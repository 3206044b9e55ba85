import type { Metadata } from "next";
import { DeckPageHeading } from "@/components/deck-page-heading";
import { notFound } from "next/navigation";
import { QuizApp } from "@/components/quiz/quiz-app";
import { builtinDeckFromParams, builtinDeckParams } from "@/lib/decks/builtin";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export const generateStaticParams = builtinDeckParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deck = await builtinDeckFromParams(params);
  return { title: deck ? `Quiz: ${deck.article.title}` : "Deck not found" };
}

export default async function QuizPage({ params }: Props) {
  const deck = await builtinDeckFromParams(params);
  if (!deck) notFound();
  return (
    <>
      <DeckPageHeading deck={deck} heading="Quiz" />
      <QuizApp deck={deck} />
    </>
  );
}
