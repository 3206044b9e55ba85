"use client";
import { useState } from "react";
import type { Deck } from "@/lib/schemas/deck";
import { DeckOverview } from "@/components/deck-overview";
import { RenameDeck } from "@/components/saved-decks/rename-deck";
import { useLocalDeck } from "@/components/saved-decks/use-local-deck";
import { LocalDeckGate } from "@/components/saved-decks/local-deck-gate";
import { downloadFile } from "@/components/ui/download-file";
import { deckFileName, serializeDeck } from "@/lib/decks/deck-export";

/** The deck page for a deck saved in this browser: the same view as a built-in deck's page. */
export function LocalDeckView({ id }: { id: string }) {
  const result = useLocalDeck(id);
  const [renamed, setRenamed] = useState<Deck | null>(null);
  if (result.status !== "ready") return <LocalDeckGate result={result} />;
  const deck = renamed?.id === result.deck.id ? renamed : result.deck;
  const download = (
    <button type="button" className="button secondary" onClick={() => downloadFile(serializeDeck(deck), deckFileName(deck), "application/json")}>
      Download the deck file
    </button>
  );
  return <DeckOverview deck={deck} download={download} extra={<RenameDeck deck={deck} onRenamed={setRenamed} />} />;
}
