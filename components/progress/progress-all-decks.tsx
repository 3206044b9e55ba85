"use client";
import { useMemo } from "react";
import { useSavedDecks } from "@/components/create/use-saved-decks";
import { ankiFileName, deckToAnkiText } from "@/lib/transfer/anki";
import { ProgressDashboard, type DeckLabel } from "./progress-dashboard";
import { DataPanel, type AnkiExport } from "./data-panel";

/**
 * The progress page's body over every deck: the built-in ones (labels and Anki files made on the
 * server) and those saved in this browser (read after mount), so stats and exports name them all.
 */
export function ProgressAllDecks({ builtin, ankiExports }: { builtin: readonly DeckLabel[]; ankiExports: readonly AnkiExport[] }) {
  const saved = useSavedDecks();
  const savedDecks = saved.status === "ready" ? saved.decks : null;
  const decks = useMemo(
    () => (savedDecks ? [...builtin, ...savedDecks.map((d) => ({ id: d.id, title: d.article.title, questionCount: d.questions.length }))] : builtin),
    [builtin, savedDecks],
  );
  const exports = useMemo(
    () => (savedDecks
      ? [...ankiExports, ...savedDecks.map((d) => ({ deckId: d.id, title: d.article.title, fileName: ankiFileName(d), text: deckToAnkiText(d) }))]
      : ankiExports),
    [ankiExports, savedDecks],
  );
  return (
    <>
      {saved.status === "unavailable" && <p className="notice">Your saved decks could not be read, so only the built-in decks are named here. {saved.message}</p>}
      {/* Waits for the saved decks, so a deck is never shown by its id before its title is known. */}
      {saved.status === "loading" ? <p className="muted slot-page" aria-busy="true">Loading your progress…</p> : <ProgressDashboard decks={decks} />}
      <h2>Your data</h2>
      <DataPanel ankiExports={exports} />
    </>
  );
}
