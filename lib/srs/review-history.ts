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
 * The newest review is taken as no later than `now`, nor more than KEEP_MS after the grade given before it (the
 * log's last two entries, in the order they were appended): one review dated far ahead (the clock 400 days on
 * once, or an import) folds none of the reviews made just before it, nor, once the clock is right again, any of
 * today's, whose new cards and undo are read from the log. After a long break the first grade folds less than it
 * might: the next one folds the rest.
 */
export function foldPoint(log: readonly ReviewLogEntry[], now: number): number {
  if (log.length === 0) return 0;
  const previous = log.at(-2)?.review ?? Infinity;
  // In time order (as the store keeps it, unless a grade was given with the clock moved back).
  const times = log.map((e) => e.review).sort((a, b) => a - b);
  const newest = Math.min(times.at(-1)!, now, previous + KEEP_MS);
  let t = newest - FULL_LOG_MS;
  if (times.length > MAX_FULL_LOG) t = Math.max(t, Math.min(times[times.length - MAX_FULL_LOG]!, newest - KEEP_MS));
  return Math.max(0, Math.floor(t / SLOT_MS) * SLOT_MS);
}

/**
 * Where the folded counts end: `before`, or the end of the newest quarter hour counted if that is earlier (a
 * `before` saved by an earlier version, a quarter-hour boundary, perhaps 370 days ahead after a fold made with
 * the clock far on). Nothing between the two was ever folded: a review made once the clock is right again goes
 * to the log, not straight into the counts.
 */
export function foldedUpTo(h: ReviewHistory | undefined): number {
  return h ? Math.min(h.before, Math.max(0, ...h.decks.map((d) => ((d.slots.at(-1) ?? -1) + 1) * SLOT_MS))) : 0;
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
 * Folds the reviews before `before` into the counts: `foldPoint(log, now)` after a grade. What is folded never
 * moves back; the history's `before` becomes just after the newest review folded, so a review given later (with
 * the clock back from far ahead, in the same quarter hour) is never folded as it is given. Returns `data` itself
 * when nothing changes.
 */
export function foldReviews(data: CardsData, before: number): CardsData {
  const h = data.reviewHistory ?? emptyReviewHistory();
  let last = foldedUpTo(h);
  const cut = Math.max(last, before);
  const old = data.reviewLog.filter((e) => e.review < cut);
  // Nothing to fold: `before` may stay where it is (no review before it is left in the log).
  if (old.length === 0) return data;
  const m = countsOf(h);
  for (const e of old) {
    const deck = m.get(e.deckId) ?? new Map<number, number>();
    const slot = Math.floor(e.review / SLOT_MS);
    deck.set(slot, (deck.get(slot) ?? 0) + 1);
    m.set(e.deckId, deck);
    last = Math.max(last, e.review + 1);
  }
  return { ...data, reviewLog: data.reviewLog.filter((e) => e.review >= cut), reviewHistory: historyOf(last, m) };
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
  return historyOf(Math.max(foldedUpTo(a), foldedUpTo(b)), ma);
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
  for (const d of data.reviewHistory?.decks ?? [])
    d.slots.forEach((s, i) => out.push({ review: s * SLOT_MS, count: d.counts[i]! }));
  for (const e of data.reviewLog) out.push({ review: e.review, count: 1 });
  return out;
}

/** How many reviews there are in all, folded ones included. */
export function reviewTotal(data: Pick<CardsData, "reviewLog" | "reviewHistory">): number {
  return reviewCounts(data).reduce((n, r) => n + r.count, 0);
}
