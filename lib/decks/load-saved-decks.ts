import { UNREADABLE_STORAGE, type LocalDeckStore, type StoredEntry } from "@/lib/decks/local-db";
import type { LoadAllResult } from "@/lib/decks/local-decks";

/**
 * Every deck saved in this browser, as `loadAllLocalDecks` reads them, with that code (and Zod with it)
 * loaded only when there is a deck to validate: a browser with no saved deck never loads it.
 */
export async function loadSavedDecks(
  store: LocalDeckStore,
  loadCode: () => Promise<Pick<typeof import("@/lib/decks/local-decks"), "loadAllLocalDecks">>,
  now: number,
): Promise<LoadAllResult> {
  let listed: StoredEntry[];
  try {
    listed = await store.listEntries();
  } catch {
    return { status: "unavailable", message: UNREADABLE_STORAGE };
  }
  if (listed.length === 0) return { status: "ready", decks: [], unreadable: 0 };
  const { loadAllLocalDecks } = await loadCode();
  return loadAllLocalDecks(store, now, listed);
}
