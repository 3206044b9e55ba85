"use client";
import { useMemo } from "react";
import { ReviewSession } from "@/components/cards/review-session";
import { useSavedDecks } from "@/components/saved-decks/use-saved-decks";
import { toReviewDeck, type ReviewDeck } from "@/lib/srs/review-deck";

/** Review across every deck: the built-in ones (from the page) and those saved in this browser. */
export function ReviewAllDecks({ builtin }: { builtin: readonly ReviewDeck[] }) {
  const saved = useSavedDecks();
  // One array per load, so the session's queue is not rebuilt on every render.
  const decks = useMemo(
    () => (saved.status === "ready" ? [...builtin, ...saved.decks.map(toReviewDeck)] : builtin),
    [builtin, saved],
  );
  if (saved.status === "loading")
    return (
      <p className="muted slot-card" aria-busy="true">
        Loading your cards…
      </p>
    );
  return (
    <>
      {saved.status === "unavailable" && (
        <p className="notice">
          Your saved decks could not be read, so only the built-in decks are here. {saved.message}
        </p>
      )}
      {saved.status === "ready" && saved.unreadable > 0 && (
        <p className="notice">
          {saved.unreadable === 1 ? "One saved deck is" : `${saved.unreadable} saved decks are`} damaged and left out.
        </p>
      )}
      <ReviewSession decks={decks} />
    </>
  );
}
