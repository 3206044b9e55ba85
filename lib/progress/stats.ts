import type { QuestionType } from "@/lib/schemas/deck";
import { CardState } from "@/lib/schemas/card-state";
import type { CardRecord } from "@/lib/schemas/cards";
import { dayToIso, localDay, type UtcOffset } from "@/lib/srs/local-day";

/** What the stats need of a quiz attempt (the quiz slice's `Attempt` fits). */
export interface AttemptLike {
  id: string;
  deckId: string;
  finishedAt?: number;
  answers: readonly { type: QuestionType; correct: boolean; at: number }[];
}

export interface ScorePoint {
  attemptId: string;
  deckId: string;
  at: number;
  correct: number;
  total: number;
  percent: number;
}
export interface Accuracy<K extends string> {
  key: K;
  correct: number;
  total: number;
  percent: number;
}
export interface DayCount {
  day: string;
  count: number;
}

const percent = (correct: number, total: number) => (total === 0 ? 0 : Math.round((100 * correct) / total));

/** The score of every finished attempt, oldest first. */
export function scoreHistory(attempts: readonly AttemptLike[]): ScorePoint[] {
  return attempts
    .filter((a): a is AttemptLike & { finishedAt: number } => a.finishedAt !== undefined && a.answers.length > 0)
    .map((a) => {
      const correct = a.answers.filter((x) => x.correct).length;
      return {
        attemptId: a.id,
        deckId: a.deckId,
        at: a.finishedAt,
        correct,
        total: a.answers.length,
        percent: percent(correct, a.answers.length),
      };
    })
    .sort((x, y) => x.at - y.at);
}

function tally<K extends string>(pairs: Iterable<[K, boolean]>): Accuracy<K>[] {
  const m = new Map<K, { correct: number; total: number }>();
  for (const [key, ok] of pairs) {
    const t = m.get(key) ?? { correct: 0, total: 0 };
    t.total++;
    if (ok) t.correct++;
    m.set(key, t);
  }
  return [...m]
    .map(([key, t]) => ({ key, ...t, percent: percent(t.correct, t.total) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Share of quiz answers right, per question type (every answer given, finished attempt or not). */
export function accuracyByType(attempts: readonly AttemptLike[]): Accuracy<QuestionType>[] {
  return tally(attempts.flatMap((a) => a.answers.map((x): [QuestionType, boolean] => [x.type, x.correct])));
}

/** Share of quiz answers right, per deck. */
export function accuracyByDeck(attempts: readonly AttemptLike[]): Accuracy<string>[] {
  return tally(attempts.flatMap((a) => a.answers.map((x): [string, boolean] => [a.deckId, x.correct])));
}

/**
 * Reviews per local day over the `days` days ending today (oldest first, zero days included), from log
 * entries or from folded counts (lib/srs/review-history.ts `reviewCounts`: `count` reviews at `review`).
 * Each review's day is its own: `zone` as a function of the time counts a summer evening in summer time,
 * whatever the offset today.
 */
export function reviewsPerDay(
  log: readonly { review: number; count?: number }[],
  now: number,
  zone: UtcOffset,
  days = 14,
): DayCount[] {
  const today = localDay(now, zone);
  const counts = new Map<number, number>();
  for (const e of log) {
    const d = localDay(e.review, zone);
    counts.set(d, (counts.get(d) ?? 0) + (e.count ?? 1));
  }
  return Array.from({ length: days }, (_, i) => today - days + 1 + i).map((d) => ({
    day: dayToIso(d),
    count: counts.get(d) ?? 0,
  }));
}

/** Cards falling due on each of the next 7 local days; today includes everything overdue. */
export function dueNext7Days(cards: readonly CardRecord[], now: number, zone: UtcOffset): DayCount[] {
  const today = localDay(now, zone);
  const counts = Array.from({ length: 7 }, () => 0);
  for (const c of cards) {
    const offset = Math.max(0, localDay(c.due, zone) - today);
    if (offset < 7) counts[offset]!++;
  }
  return counts.map((count, i) => ({ day: dayToIso(today + i), count }));
}

/**
 * Days in a row with any study (a review or a quiz answer), ending today, or yesterday when today has
 * none yet (a streak is not lost before the day is over).
 */
export function studyStreak(activity: Iterable<number>, now: number, zone: UtcOffset): number {
  const days = new Set<number>();
  for (const t of activity) days.add(localDay(t, zone));
  let day = localDay(now, zone);
  if (!days.has(day)) day--;
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day--;
  }
  return streak;
}

export interface Retention {
  remembered: number;
  total: number;
  percent: number;
}

/**
 * Review retention: the share of reviews not graded Again. Over the reviews kept in full (the review log: about
 * the last 30 days, lib/srs/review-history.ts); older ones are folded into counts that keep no grades.
 */
export function reviewRetention(log: readonly { rating: number }[]): Retention {
  const remembered = log.filter((e) => e.rating !== 1).length;
  return { remembered, total: log.length, percent: percent(remembered, log.length) };
}

export interface StateCounts {
  new: number;
  learning: number;
  review: number;
  relearning: number;
}

/**
 * Cards by FSRS state. New counts the questions of `decks` never reviewed (no card yet, or a card a quiz miss
 * made due, still in the New state); a deck given without its number of questions adds only its cards.
 */
export function cardsByState(
  cards: readonly Pick<CardRecord, "deckId" | "state">[],
  decks: readonly { id: string; questionCount?: number }[],
): StateCounts {
  const out: StateCounts = { new: 0, learning: 0, review: 0, relearning: 0 };
  const perDeck = new Map<string, number>();
  const names: Record<CardState, keyof StateCounts> = {
    [CardState.New]: "new",
    [CardState.Learning]: "learning",
    [CardState.Review]: "review",
    [CardState.Relearning]: "relearning",
  };
  for (const c of cards) {
    out[names[c.state]]++;
    perDeck.set(c.deckId, (perDeck.get(c.deckId) ?? 0) + 1);
  }
  for (const d of decks) out.new += Math.max(0, (d.questionCount ?? 0) - (perDeck.get(d.id) ?? 0));
  return out;
}
