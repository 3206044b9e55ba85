import { NotFoundPanel } from "@/components/ui/not-found-panel";
import type { LoadResult } from "@/lib/decks/local-decks";

/** What a local-deck page shows until its deck is ready: loading, not found, or unreadable. */
export function LocalDeckGate({
  result,
}: {
  result: Exclude<LoadResult, { status: "ready" }> | { status: "loading" };
}) {
  // Space held for the page to come (.slot-page in app/globals.css says why).
  if (result.status === "loading")
    return (
      <p role="status" className="muted slot-page" aria-busy="true">
        Opening the deck saved in this browser…
      </p>
    );
  return (
    <NotFoundPanel
      title="Deck not found"
      reason={
        result.status === "missing"
          ? "There is no deck with this address saved in this browser. It may have been deleted, or it was saved in another browser."
          : result.message
      }
    />
  );
}
