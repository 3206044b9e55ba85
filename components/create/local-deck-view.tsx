"use client";
import { DeckOverview } from "@/components/deck-overview";
import { useLocalDeck } from "@/components/create/use-local-deck";
import { LocalDeckGate } from "@/components/create/local-deck-gate";

/** The deck page for a deck saved in this browser: the same view as a built-in deck's page. */
export function LocalDeckView({ id }: { id: string }) {
  const result = useLocalDeck(id);
  if (result.status !== "ready") return <LocalDeckGate result={result} />;
  return <DeckOverview deck={result.deck} />;
}
