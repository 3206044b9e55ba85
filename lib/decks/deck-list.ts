import type { LocalDeckStore } from "@/lib/decks/local-db";
import { parseSummaries, splitEntries, type LocalDeckSummary } from "@/lib/decks/local-summary";

export type DeckList = { decks: LocalDeckSummary[]; damaged: string[] };

/**
 * The home page's list of saved decks: the valid summaries, and for a summary damaged or missing, the deck's
 * summary rebuilt (`salvageSummaries`, whose code and Zod load only then) or its id listed as damaged, so it can
 * be deleted. Rejects when storage cannot be read.
 */
export async function readDeckList(
  store: LocalDeckStore,
  loadCode: () => Promise<Pick<typeof import("@/lib/decks/local-decks"), "salvageSummaries">>,
  now: number,
): Promise<DeckList> {
  const { listed, damaged } = splitEntries(await store.listEntries());
  if (damaged.length === 0) return { decks: listed, damaged: [] };
  const salvaged = await (await loadCode()).salvageSummaries(store, damaged, now);
  return { decks: parseSummaries([...listed, ...salvaged.repaired.map((r) => r.summary)]), damaged: salvaged.damaged };
}
