import { startTransition, useEffect, useState } from "react";
import { indexedDbDeckStore } from "@/lib/decks/local-db";
import { loadSavedDecks } from "@/lib/decks/load-saved-decks";
import type { LoadAllResult } from "@/lib/decks/local-decks";

export type SavedDecks = LoadAllResult | { status: "loading" };

function readSavedDecks(): Promise<LoadAllResult> {
  return loadSavedDecks(indexedDbDeckStore(), () => import("@/lib/decks/local-decks"), Date.now()).catch(() => ({
    status: "unavailable",
    message: "The code that reads saved decks did not load.",
  }));
}

// Started as soon as this module runs in the browser, so the read overlaps the page's start-up; the
// first hook to mount within seconds takes it, and every other mount reads afresh (decks may have changed).
let early: { at: number; reading: Promise<LoadAllResult> } | undefined =
  typeof window === "undefined" ? undefined : { at: Date.now(), reading: readSavedDecks() };
const EARLY_MS = 5_000;

/**
 * All decks saved in this browser, read and validated after mount. The validation code (and Zod with it)
 * is imported on demand, only when a deck is saved, so pages spanning every deck (review, progress) do
 * not carry it up front, and a browser with no saved deck never loads it.
 */
export function useSavedDecks(): SavedDecks {
  const [result, setResult] = useState<SavedDecks>({ status: "loading" });
  useEffect(() => {
    let live = true;
    const reading = early && Date.now() - early.at < EARLY_MS ? early.reading : readSavedDecks();
    early = undefined;
    // A transition: what the decks bring on screen renders in short tasks, not one long one.
    void reading.then((value) => live && startTransition(() => setResult(value)));
    return () => {
      live = false;
    };
  }, []);
  return result;
}
