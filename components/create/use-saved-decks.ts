"use client";
import { useEffect, useState } from "react";
import type { LoadAllResult } from "@/lib/decks/local-decks";

export type SavedDecks = LoadAllResult | { status: "loading" };

/**
 * All decks saved in this browser, read and validated after mount. The loading code (and Zod with it)
 * is imported on demand, so pages spanning every deck (review, progress) do not carry it up front, and
 * only when a deck is saved: with none, it is never loaded.
 */
export function useSavedDecks(): SavedDecks {
  const [result, setResult] = useState<SavedDecks>({ status: "loading" });
  useEffect(() => {
    let live = true;
    (async () => {
      const [{ indexedDbDeckStore }, { loadSavedDecks }] = await Promise.all([
        import("@/lib/decks/local-db"),
        import("@/lib/decks/load-saved-decks"),
      ]);
      return loadSavedDecks(indexedDbDeckStore(), async () => {
        await import("@/lib/create/zod-jitless"); // before any schema is built
        return import("@/lib/decks/local-decks");
      });
    })().then(
      (value) => live && setResult(value),
      () => live && setResult({ status: "unavailable", message: "The code that reads saved decks did not load." }),
    );
    return () => {
      live = false;
    };
  }, []);
  return result;
}
