import type { Tombstones } from "@/lib/schemas/tombstones";

/** How many of each kind of tombstone are kept (the newest); a tab older than that many deletions is rare. */
export const MAX_TOMBSTONES = 100;

/** Nothing deleted yet. */
export function emptyTombstones(): Tombstones {
  return { decks: [], attempts: [], reviews: [] };
}

/**
 * A deck id's 53-bit hash in base 36 (cyrb53): what a forgotten deck's tombstone keeps instead of its id, which
 * is made from the article's title. Two decks sharing a hash is as good as impossible among 100 tombstones.
 */
export function deckToken(deckId: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < deckId.length; i++) {
    const c = deckId.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The time up to which everything of `deckId` was deleted (by a reset or by forgetting the deck), or -1. */
export function deletedUpTo(t: Tombstones, deckId: string): number {
  let cut = t.resetAt ?? -1;
  if (t.decks.length === 0) return cut;
  const token = deckToken(deckId);
  for (const d of t.decks) if (d.deck === token && d.at > cut) cut = d.at;
  return cut;
}

// One entry per key (the latest time wins), oldest first, the newest `MAX_TOMBSTONES` kept, none covered by the reset.
function tidy<T extends { at: number }>(list: readonly T[], key: (x: T) => string, resetAt: number): T[] {
  const m = new Map<string, T>();
  for (const x of list) {
    const have = m.get(key(x));
    if (x.at > resetAt && (!have || x.at > have.at)) m.set(key(x), x);
  }
  return [...m.values()]
    .sort((a, b) => a.at - b.at || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .slice(-MAX_TOMBSTONES);
}

/** The tombstones of both sides: every deletion either made, pruned (deterministic, so merging twice changes nothing). */
export function mergeTombstones(a: Tombstones, b: Tombstones): Tombstones {
  const resetAt = Math.max(a.resetAt ?? -1, b.resetAt ?? -1);
  return {
    ...(resetAt >= 0 ? { resetAt } : {}),
    decks: tidy([...a.decks, ...b.decks], (d) => d.deck, resetAt),
    attempts: tidy([...a.attempts, ...b.attempts], (x) => x.id, resetAt),
    reviews: tidy([...a.reviews, ...b.reviews], (r) => r.id, resetAt),
  };
}

/** Records that an attempt left the screen (quit, replaced by another quiz, results closed). */
export function withClosedAttempt(t: Tombstones, attempt: { id: string; startedAt: number }): Tombstones {
  return mergeTombstones(t, { decks: [], attempts: [{ id: attempt.id, at: attempt.startedAt }], reviews: [] });
}

/**
 * Records that everything of `deckId` up to `now` was forgotten (the deck was deleted). Its undone grades' tombstones
 * go: the deck's covers them, and they name the deck.
 */
export function withForgottenDeck(t: Tombstones, deckId: string, now: number): Tombstones {
  const reviews = t.reviews.filter((r) => !r.key.startsWith(`${deckId}::`));
  return mergeTombstones(
    { ...t, reviews },
    { decks: [{ deck: deckToken(deckId), at: now }], attempts: [], reviews: [] },
  );
}

/** Records an undone grade: its review-log entry, its card's key, and when the grade was given. */
export function withUndoneReview(t: Tombstones, review: { id: string; key: string; at: number }): Tombstones {
  return mergeTombstones(t, { decks: [], attempts: [], reviews: [review] });
}

/** After a reset (or an import that replaced everything) at `now`: one cut covers every earlier deletion. */
export function afterReset(now: number): Tombstones {
  return { resetAt: now, decks: [], attempts: [], reviews: [] };
}
