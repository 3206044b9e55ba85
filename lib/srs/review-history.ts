import type { CardsData, ReviewHistory, ReviewLogEntry } from "@/lib/schemas/cards";
import { DAY_MS } from "@/lib/srs/local-day";

/** A quarter of an hour: every time zone's offset is a whole number of them, so no local day splits one. */
export const SLOT_MS = 15 * 60_000;
/** Reviews this recent (before the newest one) stay in the log in full. */
export const FULL_LOG_MS = 30 * DAY_MS;
/** About this many reviews at most stay in full, however recent (plus the rest of a quarter hour; the newest always do). */
export const MAX_FULL_LOG = 2000;
/** Reviews this recent (before the newest) always stay in full: today's new cards are counted from them. */
export const KEEP_MS = 2 * DAY_MS;

/** One review, or a quarter hour's count of them: what reviews per day and the streak are computed from. */
export interface ReviewCount {
  review: number;
  count: number;
}

/** The quarter hours folded so far, per deck: nothing yet. */
export function emptyReviewHistory(): ReviewHistory {
  return { before: 0, decks: [] };
}

/**
 * Where a log should be folded: a quarter-hour boundary FULL_LOG_MS before its newest review, or later to keep
 * about MAX_FULL_LOG, but never within KEEP_MS of the newest (today's reviews stay, whatever the time zone).
 */
export function foldPoint(log: readonly ReviewLogEntry[]): number {
  const newest = log.at(-1)?.review;
  if (newest === undefined) return 0;
  let t = newest - FULL_LOG_MS;
  if (log.length > MAX_FULL_LOG) t = Math.max(t, Math.min(log[log.length - MAX_FULL_LOG]!.review, newest - KEEP_MS));
  return Math.max(0, Math.floor(t / SLOT_MS) * SLOT_MS);
}

type Counts = Map<string, Map<number, number>>;

function countsOf(h: ReviewHistory): Counts {
  const m: Counts = new Map();
  for (const d of h.decks) m.set(d.deckId, new Map(d.slots.map((s, i) => [s, d.counts[i]!])));
  return m;
}

function historyOf(before: number, m: Counts): ReviewHistory {
  const decks = [...m.keys()].sort().flatMap((deckId) => {
    const slots = [...m.get(deckId)!].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
    return slots.length ? [{ deckId, slots: slots.map(([s]) => s), counts: slots.map(([, n]) => n) }] : [];
  });
  return { before, decks };
}

/**
 * Folds the reviews before `before` (a quarter-hour boundary; never moves back) into the counts; by default the
 * point `foldPoint` gives (the log in time order, as the store keeps it). Returns `data` itself when nothing changes.
 */
export function foldReviews(data: CardsData, before = foldPoint(data.reviewLog)): CardsData {
  const h = data.reviewHistory ?? emptyReviewHistory();
  const cut = Math.max(h.before, before);
  const old = data.reviewLog.filter((e) => e.review < cut);
  // Nothing to fold: `before` may stay where it is (no review before it is left in the log).
  if (old.length === 0) return data;
  const m = countsOf(h);
  for (const e of old) {
    const deck = m.get(e.deckId) ?? new Map<number, number>();
    const slot = Math.floor(e.review / SLOT_MS);
    deck.set(slot, (deck.get(slot) ?? 0) + 1);
    m.set(e.deckId, deck);
  }
  return { ...data, reviewLog: data.reviewLog.filter((e) => e.review >= cut), reviewHistory: historyOf(cut, m) };
}

/**
 * Two copies of the folded counts, brought to the same `before`: the larger count per deck and quarter hour.
 * Tabs of one browser (and a file exported from it) share their history, so the larger count has every review;
 * only two separate histories reviewing one deck in the same quarter hour would count short.
 */
export function mergeReviewHistory(a: ReviewHistory, b: ReviewHistory): ReviewHistory {
  const [ma, mb] = [countsOf(a), countsOf(b)];
  for (const [deckId, slots] of mb) {
    const mine = ma.get(deckId) ?? new Map<number, number>();
    for (const [s, n] of slots) mine.set(s, Math.max(mine.get(s) ?? 0, n));
    ma.set(deckId, mine);
  }
  return historyOf(Math.max(a.before, b.before), ma);
}

/**
 * The history without what a deletion covers: per deck, `cutOf(deckId)` is the time up to which its reviews are
 * deleted (-1: none of them; Infinity: all), and the quarter hours starting at or before it go.
 */
export function historyWithout(h: ReviewHistory, cutOf: (deckId: string) => number): ReviewHistory {
  const decks = h.decks.flatMap((d) => {
    const cut = cutOf(d.deckId);
    if (cut < 0) return [d];
    const keep = d.slots.map((s, i) => [s, d.counts[i]!] as const).filter(([s]) => s * SLOT_MS > cut);
    return keep.length ? [{ deckId: d.deckId, slots: keep.map(([s]) => s), counts: keep.map(([, n]) => n) }] : [];
  });
  return { before: h.before, decks };
}

/** Every review as times with counts: the folded quarter hours, then the log. */
export function reviewCounts(data: Pick<CardsData, "reviewLog" | "reviewHistory">): ReviewCount[] {
  const out: ReviewCount[] = [];
  for (const d of data.reviewHistory?.decks ?? []) d.slots.forEach((s, i) => out.push({ review: s * SLOT_MS, count: d.counts[i]! }));
  for (const e of data.reviewLog) out.push({ review: e.review, count: 1 });
  return out;
}

/** How many reviews there are in all, folded ones included. */
export function reviewTotal(data: Pick<CardsData, "reviewLog" | "reviewHistory">): number {
  return reviewCounts(data).reduce((n, r) => n + r.count, 0);
}
