import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocalQuiz } from "@/components/saved-decks/local-quiz";
import { LocalDeckRoute } from "@/components/offline/local-deck-route";
import { isLocalDeckId } from "@/lib/decks/local-summary";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Quiz" };

/** The quiz for a deck saved in this browser (read from IndexedDB on the client). */
export default async function LocalQuizPage({ params }: Props) {
  const { id } = await params;
  if (!isLocalDeckId(id)) notFound();
  return <LocalDeckRoute id={id} view={LocalQuiz} />;
}
