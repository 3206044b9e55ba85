"use client";
import Link from "next/link";
import { QuizApp } from "@/components/quiz/quiz-app";
import { useLocalDeck } from "@/components/create/use-local-deck";
import { LocalDeckGate } from "@/components/create/local-deck-gate";

/** The quiz on a deck saved in this browser: the same quiz components as a built-in deck's. */
export function LocalQuiz({ id }: { id: string }) {
  const result = useLocalDeck(id);
  if (result.status !== "ready") return <LocalDeckGate result={result} />;
  const { deck } = result;
  return (
    <>
      <p className="meta">
        <Link href={`/decks/${deck.id}`}>← Back to the article</Link>
      </p>
      <h1>Quiz</h1>
      <p className="lede" style={{ marginTop: 0 }}>{deck.article.title}</p>
      <QuizApp deck={deck} />
    </>
  );
}
