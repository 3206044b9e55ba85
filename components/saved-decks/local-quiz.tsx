"use client";
import { DeckPageHeading } from "@/components/deck-page-heading";
import { QuizApp } from "@/components/quiz/quiz-app";
import { useLocalDeck } from "@/components/saved-decks/use-local-deck";
import { LocalDeckGate } from "@/components/saved-decks/local-deck-gate";

/** The quiz on a deck saved in this browser: the same quiz components as a built-in deck's. */
export function LocalQuiz({ id }: { id: string }) {
  const result = useLocalDeck(id);
  if (result.status !== "ready") return <LocalDeckGate result={result} />;
  const { deck } = result;
  return (
    <>
      <DeckPageHeading deck={deck} heading="Quiz" />
      <QuizApp deck={deck} />
    </>
  );
}
