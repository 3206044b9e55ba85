"use client";
import { lazy, Suspense, useState } from "react";
import type { Deck } from "@/lib/schemas/deck";
import { DeckOverview } from "@/components/deck-overview";
import { RenameDeck } from "@/components/saved-decks/rename-deck";
import { useLocalDeck } from "@/components/saved-decks/use-local-deck";
import { LocalDeckGate } from "@/components/saved-decks/local-deck-gate";
import { downloadFile } from "@/components/ui/download-file";
import { deckFileName, serializeDeck } from "@/lib/decks/deck-export";

// Its questions' editor loads after the page (the deck page's start-up code stays small).
const EditSavedQuestions = lazy(() => import("@/components/saved-decks/edit-saved-questions"));

/** The deck page for a deck saved in this browser: the same view as a built-in deck's page, with Rename and its questions to edit. */
export function LocalDeckView({ id }: { id: string }) {
  const result = useLocalDeck(id);
  // The deck as renamed or edited since it was read (same id).
  const [renamed, setRenamed] = useState<Deck | null>(null);
  if (result.status !== "ready") return <LocalDeckGate result={result} />;
  const deck = renamed?.id === result.deck.id ? renamed : result.deck;
  const download = (
    <button
      type="button"
      className="button secondary"
      onClick={() => downloadFile(serializeDeck(deck), deckFileName(deck), "application/json")}
    >
      Download the deck file
    </button>
  );
  return (
    <DeckOverview
      deck={deck}
      download={download}
      extra={<RenameDeck deck={deck} onRenamed={setRenamed} />}
      after={
        <Suspense fallback={null}>
          <EditSavedQuestions deck={deck} onSaved={setRenamed} />
        </Suspense>
      }
    />
  );
}
