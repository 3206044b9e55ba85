import type { LocalDeckStore } from "@/lib/decks/local-db";

/**
 * An in-memory deck store for tests (kept out of the app's bundles); `quotaBytes` makes a put beyond that JSON
 * size fail like a full disk. `listSummaries` gives the stored summaries as they are, for checks.
 */
export function memoryDeckStore(
  quotaBytes = Infinity,
): LocalDeckStore & { decks: Map<string, unknown>; listSummaries(): Promise<unknown[]> } {
  const decks = new Map<string, unknown>();
  const summaries = new Map<string, unknown>();
  const size = () => [...decks.values()].reduce<number>((n, d) => n + JSON.stringify(d).length, 0);
  return {
    decks,
    listSummaries: async () => structuredClone([...summaries.values()]),
    // As the browser's store lists them: the summaries by id, then the decks without one.
    listEntries: async () => [
      ...[...summaries].map(([id, summary]) => ({ id, summary: structuredClone(summary) })),
      ...[...decks.keys()].filter((id) => !summaries.has(id)).map((id) => ({ id })),
    ],
    getDeck: async (id) => structuredClone(decks.get(id)),
    async put(id, deck, summary) {
      const before = decks.get(id);
      const grown = size() - (before ? JSON.stringify(before).length : 0) + JSON.stringify(deck).length;
      if (grown > quotaBytes) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      decks.set(id, structuredClone(deck));
      summaries.set(id, structuredClone(summary));
    },
    async remove(id) {
      decks.delete(id);
      summaries.delete(id);
    },
  };
}
