import { useEffect, useState } from "react";
import type { LoadResult } from "@/lib/decks/local-decks";

/**
 * A deck saved in this browser, read (and validated) after mount; "loading" until then. The loading code
 * (and Zod with it) is imported on demand, so saved-deck pages start as light as the built-in ones.
 */
export function useLocalDeck(id: string): LoadResult | { status: "loading" } {
  const [result, setResult] = useState<{ id: string; value: LoadResult }>();
  useEffect(() => {
    let live = true;
    (async (): Promise<LoadResult> => {
      const [{ indexedDbDeckStore }, { loadLocalDeck }] = await Promise.all([
        import("@/lib/decks/local-db"),
        import("@/lib/decks/local-decks"),
      ]);
      return loadLocalDeck(indexedDbDeckStore(), id);
    })().then(
      (value) => live && setResult({ id, value }),
      () =>
        live &&
        setResult({ id, value: { status: "unavailable", message: "The code that reads saved decks did not load." } }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return result?.id === id ? result.value : { status: "loading" };
}
