import type { Tombstones } from "@/lib/schemas/tombstones";

/** How many of each kind of tombstone are kept (the newest); a tab older than that many deletions is rare. */
export const MAX_TOMBSTONES = 100;

/** Nothing deleted yet. */
export function emptyTombstones(): Tombstones {
  return { decks: [], attempts: [], reviews: [] };
}

/** The time up to which everything of `deckId` was deleted (by a reset or by forgetting the deck), or -1. */
export function deletedUpTo(t: Tombstones, deckId: string): number {
  let cut = t.resetAt ?? -1;
  for (const d of t.decks) if (d.deckId === deckId && d.at > cut) cut = d.at;
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
    decks: tidy([...a.decks, ...b.decks], (d) => d.deckId, resetAt),
    attempts: tidy([...a.attempts, ...b.attempts], (x) => x.id, resetAt),
    reviews: tidy([...a.reviews, ...b.reviews], (r) => r.id, resetAt),
  };
}

/** Records that an attempt left the screen (quit, replaced by another quiz, results closed). */
export function withClosedAttempt(t: Tombstones, attempt: { id: string; startedAt: number }): Tombstones {
  return mergeTombstones(t, { decks: [], attempts: [{ id: attempt.id, at: attempt.startedAt }], reviews: [] });
}

/** Records that everything of `deckId` up to `now` was forgotten (the deck was deleted). */
export function withForgottenDeck(t: Tombstones, deckId: string, now: number): Tombstones {
  return mergeTombstones(t, { decks: [{ deckId, at: now }], attempts: [], reviews: [] });
}

/** Records an undone grade: its review-log entry, its card's key, and when the grade was given. */
export function withUndoneReview(t: Tombstones, review: { id: string; key: string; at: number }): Tombstones {
  return mergeTombstones(t, { decks: [], attempts: [], reviews: [review] });
}

/** After a reset (or an import that replaced everything) at `now`: one cut covers every earlier deletion. */
export function afterReset(now: number): Tombstones {
  return { resetAt: now, decks: [], attempts: [], reviews: [] };
}
