import { deckSchema, type Deck } from "@/lib/schemas/deck";
import { UNREADABLE_STORAGE, type LocalDeckStore, type StoredEntry } from "@/lib/decks/local-db";
import { isLocalDeckId, splitEntries, summarizeDeck, type LocalDeckSummary } from "@/lib/decks/local-summary";

export type SaveResult = { ok: true } | { ok: false; reason: "invalid" | "quota" | "unavailable"; message: string };
export type LoadResult =
  { status: "ready"; deck: Deck } | { status: "missing" } | { status: "corrupt" | "unavailable"; message: string };

/** True for the errors browsers raise when a site's storage is full. */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

/** Validates and saves `deck` with its summary, at `savedAt` (epoch ms). Never throws. */
export async function saveLocalDeck(store: LocalDeckStore, deck: Deck, savedAt: number): Promise<SaveResult> {
  const parsed = deckSchema.safeParse(deck);
  if (!parsed.success || !isLocalDeckId(parsed.data.id))
    return { ok: false, reason: "invalid", message: "This deck is not valid, so it was not saved." };
  if (parsed.data.questions.length === 0) {
    return { ok: false, reason: "invalid", message: "A deck needs at least one question: keep one before saving." };
  }
  try {
    await store.put(deck.id, parsed.data, summarizeDeck(parsed.data, savedAt));
    return { ok: true };
  } catch (err) {
    if (isQuotaError(err)) {
      return {
        ok: false,
        reason: "quota",
        message:
          "Not saved: this browser's storage for Factdeck is full. Your draft is kept — delete decks you no longer need, then save again.",
      };
    }
    return {
      ok: false,
      reason: "unavailable",
      message:
        "Not saved: this browser does not let Factdeck store decks (private browsing may block it). Your draft is kept.",
    };
  }
}

/** Loads and validates a saved deck. A deck that fails validation is reported, never shown half-read. */
export async function loadLocalDeck(store: LocalDeckStore, id: string): Promise<LoadResult> {
  let raw: unknown;
  try {
    raw = await store.getDeck(id);
  } catch {
    return { status: "unavailable", message: UNREADABLE_STORAGE };
  }
  if (raw === undefined) return { status: "missing" };
  const parsed = deckSchema.safeParse(raw);
  if (!parsed.success || parsed.data.id !== id)
    return { status: "corrupt", message: "The saved deck is damaged and cannot be opened." };
  return { status: "ready", deck: parsed.data };
}

export type LoadAllResult =
  { status: "ready"; decks: Deck[]; unreadable: number } | { status: "unavailable"; message: string };

/** What `salvageSummaries` made of entries with a damaged or missing summary. */
export interface Salvaged {
  /** Decks that read well: their summary rebuilt from the deck and saved again. */
  repaired: { deck: Deck; summary: LocalDeckSummary }[];
  /** Ids whose deck cannot be read either: listed as damaged, to be deleted. */
  damaged: string[];
}

/**
 * Entries whose summary is damaged or missing (`splitEntries`): the deck read and validated; when it is well,
 * its summary is rebuilt from it (keeping the saved time when that survived) and written back, as Anki's Check
 * Database rebuilds what it can; otherwise the id is reported damaged. A failed write leaves it to the next read.
 */
export async function salvageSummaries(
  store: LocalDeckStore,
  entries: readonly StoredEntry[],
  now: number,
): Promise<Salvaged> {
  const out: Salvaged = { repaired: [], damaged: [] };
  for (const { id, summary } of entries) {
    const r = await loadLocalDeck(store, id);
    if (r.status !== "ready") {
      out.damaged.push(id);
      continue;
    }
    const savedAt = (summary as { savedAt?: unknown } | null)?.savedAt;
    const rebuilt = summarizeDeck(r.deck, typeof savedAt === "number" && Number.isFinite(savedAt) ? savedAt : now);
    await store.put(id, r.deck, rebuilt).catch(() => undefined);
    out.repaired.push({ deck: r.deck, summary: rebuilt });
  }
  return out;
}

/**
 * Every deck saved in this browser, newest first, each validated as `loadLocalDeck` does (for pages
 * that span all decks: review, progress). A deck whose summary is damaged is read all the same (its summary
 * rebuilt, saved as of `now`); a deck that cannot be read is counted, never half-shown. `listed`: the stored
 * entries when the caller has read them already.
 */
export async function loadAllLocalDecks(
  store: LocalDeckStore,
  now: number,
  listed?: StoredEntry[],
): Promise<LoadAllResult> {
  let raw: StoredEntry[];
  try {
    raw = listed ?? (await store.listEntries());
  } catch {
    return { status: "unavailable", message: UNREADABLE_STORAGE };
  }
  const { listed: summaries, damaged } = splitEntries(raw);
  const [results, salvaged] = await Promise.all([
    Promise.all(summaries.map((s) => loadLocalDeck(store, s.id))),
    salvageSummaries(store, damaged, now),
  ]);
  const decks = [
    ...results.flatMap((r) => (r.status === "ready" ? [{ deck: r.deck, savedAt: 0 }] : [])),
    ...salvaged.repaired.map((r) => ({ deck: r.deck, savedAt: r.summary.savedAt })),
  ];
  // Newest first, as the summaries list them: a repaired deck in its place by its saved time.
  const at = new Map(summaries.map((s) => [s.id, s.savedAt]));
  decks.sort((a, b) => (at.get(b.deck.id) ?? b.savedAt) - (at.get(a.deck.id) ?? a.savedAt));
  return {
    status: "ready",
    decks: decks.map((d) => d.deck),
    unreadable: results.length - results.filter((r) => r.status === "ready").length + salvaged.damaged.length,
  };
}
