"use client";
import "@/lib/create/zod-jitless"; // before any schema is built
import { useEffect, useState } from "react";
import { indexedDbDeckStore } from "@/lib/decks/local-db";
import { loadLocalDeck, type LoadResult } from "@/lib/decks/local-decks";

/** A deck saved in this browser, read (and validated) after mount; "loading" until then. */
export function useLocalDeck(id: string): LoadResult | { status: "loading" } {
  const [result, setResult] = useState<{ id: string; value: LoadResult }>();
  useEffect(() => {
    let live = true;
    loadLocalDeck(indexedDbDeckStore(), id).then((value) => live && setResult({ id, value }));
    return () => {
      live = false;
    };
  }, [id]);
  return result?.id === id ? result.value : { status: "loading" };
}
