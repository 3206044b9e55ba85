import { useState } from "react";
import { AppLink } from "@/components/ui/app-link";
import type { Deck } from "@/lib/schemas/deck";
import { indexedDbDeckStore } from "@/lib/decks/local-db";
import { toLocalDeckId } from "@/lib/decks/local-summary";
import styles from "./new-deck.module.css";

export type SaveState =
  | { status: "idle" | "saving" }
  | { status: "confirm-replace" }
  | { status: "saved"; id: string; title: string }
  | { status: "error"; message: string };

/** `blocked`: why the deck cannot be saved as it is (questions out of date, a title missing). */
type Props = { deck: Deck; builtinIds: string[]; state: SaveState; onState: (s: SaveState) => void; blocked?: string };

/** Saves the previewed deck in this browser (IndexedDB); a failure says why and keeps the draft. */
export function SaveBar({ deck, builtinIds, state, onState, blocked }: Props) {
  const [store] = useState(indexedDbDeckStore);
  // The same article as a built-in deck: open that one rather than keep a copy with its own progress.
  const builtin = builtinIds.find((b) => toLocalDeckId(b) === deck.id);

  async function doSave(replace: boolean) {
    if (blocked) return;
    onState({ status: "saving" });
    if (!replace) {
      const existing = await store.getDeck(deck.id).catch(() => undefined);
      if (existing !== undefined) return onState({ status: "confirm-replace" });
    }
    // The time a deck was saved is shown and sorts the home list; it is taken here, at the edge.
    // The checks before saving (Zod) load on the first save, not with the page.
    const r = await import("@/lib/decks/local-decks").then(
      ({ saveLocalDeck }) => saveLocalDeck(store, deck, Date.now()),
      () => ({ ok: false as const, message: "The page could not load the code that saves decks. Try again." }),
    );
    onState(
      r.ok ? { status: "saved", id: deck.id, title: deck.article.title } : { status: "error", message: r.message },
    );
  }

  return (
    <div className={`stack ${styles.saveBar}`}>
      {state.status !== "saved" && !builtin && (
        <div className="row">
          {state.status === "confirm-replace" ? (
            <>
              <button className="button" type="button" onClick={() => doSave(true)}>
                Replace the saved deck
              </button>
              <button className="button secondary" type="button" onClick={() => onState({ status: "idle" })}>
                Keep both as they are
              </button>
            </>
          ) : (
            <button
              className="button"
              type="button"
              disabled={state.status === "saving" || deck.questions.length === 0 || blocked !== undefined}
              onClick={() => doSave(false)}
            >
              Save deck
            </button>
          )}
        </div>
      )}
      <div role="status" className={messageClass(state, builtin, blocked)}>
        {builtin ? (
          <>
            This article is already a built-in deck: <AppLink href={`/decks/${builtin}`}>open it</AppLink>.
          </>
        ) : blocked ? (
          blocked
        ) : state.status === "saving" ? (
          "Saving…"
        ) : state.status === "confirm-replace" ? (
          "A deck made from this article is already saved in this browser. Replace it with this one?"
        ) : state.status === "error" ? (
          state.message
        ) : deck.questions.length === 0 ? (
          "Every question was dropped: generate again to save a deck."
        ) : null}
      </div>
    </div>
  );
}

function messageClass(state: SaveState, builtin: string | undefined, blocked: string | undefined): string | undefined {
  if (state.status === "error") return "notice error";
  if (builtin || state.status === "confirm-replace") return "notice";
  if (blocked) return "notice error";
  return undefined;
}
