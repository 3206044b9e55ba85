"use client";
import { useEffect, useMemo, useState } from "react";
import { useSavedDecks } from "@/components/saved-decks/use-saved-decks";
import { onDemand } from "@/components/ui/on-demand";
import { ProgressDashboard, type DeckLabel } from "./progress-dashboard";
import { DataPanel, type AnkiExport } from "./data-panel";

// The Anki export's code is needed only for decks saved in this browser (the built-in decks' files are made on
// the server): it loads once there are some, so a browser without saved decks never loads it.
const loadAnki = onDemand(() => import("@/lib/transfer/anki"));

/**
 * The progress page's body over every deck: the built-in ones (labels and Anki files made on the
 * server) and those saved in this browser (read after mount), so stats and exports name them all.
 */
export function ProgressAllDecks({
  builtin,
  ankiExports,
}: {
  builtin: readonly DeckLabel[];
  ankiExports: readonly AnkiExport[];
}) {
  const saved = useSavedDecks();
  const savedDecks = saved.status === "ready" ? saved.decks : null;
  const decks = useMemo(
    () =>
      savedDecks
        ? [
            ...builtin,
            ...savedDecks.map((d) => ({ id: d.id, title: d.article.title, questionCount: d.questions.length })),
          ]
        : builtin,
    [builtin, savedDecks],
  );
  const [anki, setAnki] = useState<typeof import("@/lib/transfer/anki") | null>(null);
  useEffect(() => {
    if (savedDecks?.length && !anki) loadAnki().then(setAnki, () => {}); // without it, their files are not offered
  }, [savedDecks, anki]);
  const exports = useMemo(
    () =>
      savedDecks && anki
        ? [
            ...ankiExports,
            ...savedDecks.map((d) => ({
              deckId: d.id,
              title: d.article.title,
              fileName: anki.ankiFileName(d),
              text: anki.deckToAnkiText(d),
            })),
          ]
        : ankiExports,
    [ankiExports, savedDecks, anki],
  );
  return (
    <>
      {saved.status === "unavailable" && (
        <p className="notice">
          Your saved decks could not be read, so only the built-in decks are named here. {saved.message}
        </p>
      )}
      {/* Waits for the saved decks, so a deck is never shown by its id before its title is known. */}
      {saved.status === "loading" ? (
        <p className="muted slot-page" aria-busy="true">
          Loading your progress…
        </p>
      ) : (
        <ProgressDashboard decks={decks} />
      )}
      <h2>Your data</h2>
      <DataPanel ankiExports={exports} />
    </>
  );
}
