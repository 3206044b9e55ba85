import { CardState } from "@/lib/schemas/card-state";
import type { CardRecord, CardsData, ReviewLogEntry } from "@/lib/schemas/cards";
import { cardKey } from "@/lib/srs/card-key";
import { localDay, startOfLocalDay, type UtcOffset } from "@/lib/srs/local-day";

/** Whether a card is being learnt (first time, or again after a lapse): shown in minutes, not by the day. */
const isLearning = (card: Pick<CardRecord, "state">): boolean =>
  card.state === CardState.Learning || card.state === CardState.Relearning;

/** What the queue needs of a deck: its id and its questions' ids, in deck order. */
export interface DeckRef {
  id: string;
  questions: readonly { id: string }[];
}

export type QueueKind = "new" | "learning" | "review";
export interface QueueItem {
  deckId: string;
  questionId: string;
  kind: QueueKind;
}
export interface ReviewQueue {
  /** Cards to show, in order: learning due now, reviews due, new cards, then learning due soon. */
  items: QueueItem[];
  counts: { new: number; learning: number; due: number };
  /** When the next card outside the queue becomes due (or new cards unlock), or null when none will. */
  nextDueAt: number | null;
  /** New cards held back by the daily limit (they unlock at the next local midnight). */
  newWaiting: number;
}

export interface QueueOptions {
  decks: readonly DeckRef[];
  data: CardsData;
  now: number;
  /** The time zone: minutes ahead of UTC, fixed or at each time (lib/srs/local-day.ts). */
  utcOffsetMinutes: UtcOffset;
  /** Learning cards due this soon are shown when nothing else is left, as Anki's learn-ahead does. */
  learnAheadMs?: number;
}

const byDue = (a: CardRecord, b: CardRecord) => a.due - b.due;

/** Learning cards due this soon are shown when nothing else is left (Anki's learn-ahead limit). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Today's limit of new cards: the daily limit, plus what "learn more today" added for this local day only. */
export function newLimitToday(settings: CardsData["settings"], now: number, utcOffsetMinutes: UtcOffset): number {
  const extra = settings.extraNew;
  return settings.dailyNewLimit + (extra && extra.day === localDay(now, utcOffsetMinutes) ? extra.count : 0);
}

/**
 * Settings with `count` more new cards for the local day of `now` only (added to any extra already given
 * today; an extra from another day is dropped).
 */
export function withExtraNewToday(
  settings: CardsData["settings"],
  count: number,
  now: number,
  utcOffsetMinutes: UtcOffset,
): CardsData["settings"] {
  const day = localDay(now, utcOffsetMinutes);
  const already = settings.extraNew?.day === day ? settings.extraNew.count : 0;
  return { ...settings, extraNew: { day, count: Math.min(9999, already + Math.max(1, Math.floor(count))) } };
}

/**
 * Whether a review introduced a new card: one the review queue showed as new. Such a card had no record, so
 * lib/srs/review.ts made it due at the grade itself (its log's `due` is the review time). A card a quiz miss
 * made due (lib/srs/quiz-link.ts) is also in the New state, but it was waiting since the quiz: it was due, not
 * new, so it takes no room from the daily limit.
 */
export function introducedNew(e: Pick<ReviewLogEntry, "state" | "due" | "review">): boolean {
  return e.state === CardState.New && e.due >= e.review;
}

/** New cards already introduced today within these decks (the daily limit counts per local day of `now`). */
export function newIntroducedToday(
  data: CardsData,
  deckIds: ReadonlySet<string>,
  now: number,
  utcOffsetMinutes: UtcOffset,
): number {
  const today = localDay(now, utcOffsetMinutes);
  return data.reviewLog.filter(
    (e) => introducedNew(e) && deckIds.has(e.deckId) && localDay(e.review, utcOffsetMinutes) === today,
  ).length;
}

/**
 * The review queue across `decks` at `now`. A question without a card is new; a card kept in the New
 * state (a quiz miss made it due) counts as due, outside the daily new limit.
 */
export function buildQueue({
  decks,
  data,
  now,
  utcOffsetMinutes,
  learnAheadMs = LEARN_AHEAD_MS,
}: QueueOptions): ReviewQueue {
  const learningNow: CardRecord[] = [];
  const learningSoon: CardRecord[] = [];
  const reviews: CardRecord[] = [];
  const unseen: QueueItem[] = [];
  let nextDueAt: number | null = null;
  const later = (t: number) => (nextDueAt = nextDueAt === null ? t : Math.min(nextDueAt, t));

  for (const deck of decks) {
    for (const q of deck.questions) {
      const card = data.cards[cardKey(deck.id, q.id)];
      if (!card) unseen.push({ deckId: deck.id, questionId: q.id, kind: "new" });
      else if (isLearning(card)) {
        if (card.due <= now) learningNow.push(card);
        else if (card.due <= now + learnAheadMs) learningSoon.push(card);
        else later(card.due);
      } else if (card.due <= now) reviews.push(card);
      else later(card.due);
    }
  }

  const deckIds = new Set(decks.map((d) => d.id));
  const room = Math.max(
    0,
    newLimitToday(data.settings, now, utcOffsetMinutes) - newIntroducedToday(data, deckIds, now, utcOffsetMinutes),
  );
  const fresh = unseen.slice(0, room);
  if (unseen.length > fresh.length) later(startOfLocalDay(localDay(now, utcOffsetMinutes) + 1, utcOffsetMinutes));

  const item =
    (kind: QueueKind) =>
    (c: CardRecord): QueueItem => ({ deckId: c.deckId, questionId: c.questionId, kind });
  return {
    items: [
      ...learningNow.sort(byDue).map(item("learning")),
      ...reviews.sort(byDue).map(item("review")),
      ...fresh,
      ...learningSoon.sort(byDue).map(item("learning")),
    ],
    counts: { new: fresh.length, learning: learningNow.length + learningSoon.length, due: reviews.length },
    nextDueAt,
    newWaiting: unseen.length - fresh.length,
  };
}

export type QueueCounts = ReviewQueue["counts"];

/**
 * Cards to review now, as the review's counts have them: learning (due now, or soon enough to learn ahead) and
 * due (every other card due now, those a quiz miss made due included). No new cards: they need the decks.
 * `deckId` narrows it to one deck. For the header's count and a deck the page knows only the size of.
 */
export function dueCounts(
  data: Pick<CardsData, "cards">,
  now: number,
  deckId?: string,
  learnAheadMs = LEARN_AHEAD_MS,
): { learning: number; due: number } {
  let learning = 0;
  let due = 0;
  for (const card of Object.values(data.cards)) {
    if (deckId !== undefined && card.deckId !== deckId) continue;
    if (isLearning(card)) {
      if (card.due <= now + learnAheadMs) learning++;
    } else if (card.due <= now) due++;
  }
  return { learning, due };
}

/**
 * A deck's counts as its review would show them. With its questions' ids, the review queue's own counts; with
 * only their number (a saved deck on the home page, listed from its summary), new cards are those without a
 * card yet (as many as today's limit lets in) and the rest is `dueCounts`.
 */
export function deckCounts(
  deck: DeckRef | { id: string; questionCount: number },
  data: CardsData,
  now: number,
  utcOffsetMinutes: UtcOffset,
): QueueCounts {
  if ("questions" in deck) return buildQueue({ decks: [deck], data, now, utcOffsetMinutes }).counts;
  const seen = Object.values(data.cards).filter((c) => c.deckId === deck.id).length;
  const room = Math.max(
    0,
    newLimitToday(data.settings, now, utcOffsetMinutes) -
      newIntroducedToday(data, new Set([deck.id]), now, utcOffsetMinutes),
  );
  return { new: Math.min(Math.max(0, deck.questionCount - seen), room), ...dueCounts(data, now, deck.id) };
}
