import { deckSchema, type Deck } from "@/lib/schemas/deck";
import type { LocalDeckStore } from "@/lib/decks/local-db";
import { isLocalDeckId, parseSummaries, summarizeDeck } from "@/lib/decks/local-summary";
import { UNREADABLE_STORAGE } from "@/lib/decks/load-saved-decks";

export type SaveResult = { ok: true } | { ok: false; reason: "invalid" | "quota" | "unavailable"; message: string };
export type LoadResult = { status: "ready"; deck: Deck } | { status: "missing" } | { status: "corrupt" | "unavailable"; message: string };

/** True for the errors browsers raise when a site's storage is full. */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

/** Validates and saves `deck` with its summary, at `savedAt` (epoch ms). Never throws. */
export async function saveLocalDeck(store: LocalDeckStore, deck: Deck, savedAt: number): Promise<SaveResult> {
  const parsed = deckSchema.safeParse(deck);
  if (!parsed.success || !isLocalDeckId(parsed.data.id)) return { ok: false, reason: "invalid", message: "This deck is not valid, so it was not saved." };
  if (parsed.data.questions.length === 0) {
    return { ok: false, reason: "invalid", message: "A deck needs at least one question: keep one before saving." };
  }
  try {
    await store.put(deck.id, parsed.data, summarizeDeck(parsed.data, savedAt));
    return { ok: true };
  } catch (err) {
    if (isQuotaError(err)) {
      return { ok: false, reason: "quota", message: "Not saved: this browser's storage for Factdeck is full. Your draft is kept — delete decks you no longer need, then save again." };
    }
    return { ok: false, reason: "unavailable", message: "Not saved: this browser does not let Factdeck store decks (private browsing may block it). Your draft is kept." };
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
  if (!parsed.success || parsed.data.id !== id) return { status: "corrupt", message: "The saved deck is damaged and cannot be opened." };
  return { status: "ready", deck: parsed.data };
}

export type LoadAllResult = { status: "ready"; decks: Deck[]; unreadable: number } | { status: "unavailable"; message: string };

/**
 * Every deck saved in this browser, newest first, each validated as `loadLocalDeck` does (for pages
 * that span all decks: review, progress). A deck that cannot be read is counted, never half-shown.
 * `listed`: the stored summaries when the caller has read them already.
 */
export async function loadAllLocalDecks(store: LocalDeckStore, listed?: unknown[]): Promise<LoadAllResult> {
  let raw: unknown[];
  try {
    raw = listed ?? (await store.listSummaries());
  } catch {
    return { status: "unavailable", message: UNREADABLE_STORAGE };
  }
  const results = await Promise.all(parseSummaries(raw).map((s) => loadLocalDeck(store, s.id)));
  const decks = results.flatMap((r) => (r.status === "ready" ? [r.deck] : []));
  return { status: "ready", decks, unreadable: results.length - decks.length };
}
