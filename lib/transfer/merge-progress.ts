import type { BestScore, QuizPersisted, Attempt } from "@/lib/schemas/quiz";
import type { CardRecord, CardsData, ReviewLogEntry } from "@/lib/schemas/cards";
import type { ProgressFile } from "@/lib/schemas/progress-file";
import { cardKey } from "@/lib/srs/card-key";
import { fixedPick } from "@/lib/sync/canonical-json";
import { MAX_ATTEMPTS } from "@/lib/quiz/history";
import { compareProgress } from "@/lib/quiz/attempt";
import { beats } from "@/lib/quiz/score";
import { emptyReviewHistory, foldedUpTo, foldPoint, foldReviews, mergeReviewHistory } from "@/lib/srs/review-history";

/** The progress the store holds: the quiz slice's data and the cards slice's data. */
export interface ProgressData {
  quiz: QuizPersisted;
  cards: CardsData;
}

function cardsFromList(list: readonly CardRecord[]): CardsData["cards"] {
  const out: CardsData["cards"] = {};
  for (const c of list) out[cardKey(c.deckId, c.questionId)] = c;
  return out;
}

// Folding as of `now` (lib/srs/review-history.ts); without it (another tab's save, folded when it was made)
// nothing new is folded.
const foldAt = (log: readonly ReviewLogEntry[], now: number | undefined) =>
  now === undefined ? 0 : foldPoint(log, now);

// A file's cards as the store holds them (a format-1 file has no folded reviews), with its older reviews folded.
function cardsOfFile(file: ProgressFile, now?: number): CardsData {
  const reviewLog = [...file.cards.reviewLog].sort((a, b) => a.review - b.review);
  const { reviewHistory } = file.cards;
  return foldReviews(
    {
      cards: cardsFromList(file.cards.cards),
      reviewLog,
      ...(reviewHistory ? { reviewHistory } : {}),
      settings: file.cards.settings,
      lastUndo: null,
    },
    foldAt(reviewLog, now),
  );
}

/** The progress of a file, as it replaces what the store holds at `now` (nothing to undo afterwards). */
export function progressFromFile(file: ProgressFile, now?: number): ProgressData {
  return { quiz: file.quiz, cards: cardsOfFile(file, now) };
}

// Ties below go the same way whichever side is ours (fixedPick), so two tabs merging each other's saves agree.

/** How many answers of an attempt were overridden ("I was right"). */
// Of two copies of one attempt, the one that got further wins.
function furtherAttempt(ours: Attempt, theirs: Attempt): Attempt {
  const d = compareProgress(theirs, ours);
  return d !== 0 ? (d > 0 ? theirs : ours) : fixedPick(ours, theirs);
}

// Of two best scores, the better one (lib/quiz/score.ts).
function betterBest(ours: BestScore | undefined, theirs: BestScore | undefined): BestScore | undefined {
  if (!ours || !theirs) return ours ?? theirs;
  if (beats(theirs, ours)) return theirs;
  return beats(ours, theirs) ? ours : fixedPick(ours, theirs);
}

// Of two copies of one card, the one reviewed more (then more recently, then due sooner) wins.
function furtherCard(ours: CardRecord, theirs: CardRecord): CardRecord {
  if (theirs.reps !== ours.reps) return theirs.reps > ours.reps ? theirs : ours;
  const [t, o] = [theirs.lastReview ?? 0, ours.lastReview ?? 0];
  if (t !== o) return t > o ? theirs : ours;
  if (theirs.due !== ours.due) return theirs.due < ours.due ? theirs : ours;
  return fixedPick(ours, theirs);
}

function unionBy<T>(ours: readonly T[], theirs: readonly T[], id: (x: T) => string, pick: (a: T, b: T) => T): T[] {
  const m = new Map<string, T>();
  for (const x of ours) m.set(id(x), x);
  for (const x of theirs) {
    const have = m.get(id(x));
    m.set(id(x), have === undefined ? x : pick(have, x));
  }
  return [...m.values()];
}

/**
 * Merges a file into the current progress by id: attempts, cards and review-log entries from both, the
 * further copy where both have one; the better best score per deck; our settings and quizzes in progress first.
 */
export function mergeProgress(current: ProgressData, file: ProgressFile, now?: number): ProgressData {
  const q = current.quiz;
  const attempts = unionBy(q.attempts, file.quiz.attempts, (a) => a.id, furtherAttempt)
    .sort((a, b) => (a.finishedAt ?? a.startedAt) - (b.finishedAt ?? b.startedAt))
    .slice(-MAX_ATTEMPTS);
  const best: QuizPersisted["best"] = {};
  for (const deckId of new Set([...Object.keys(q.best), ...Object.keys(file.quiz.best)])) {
    best[deckId] = betterBest(q.best[deckId], file.quiz.best[deckId])!;
  }
  const quiz: QuizPersisted = { ...q, attempts, best, active: { ...file.quiz.active, ...q.active } };
  if (!quiz.lastSettings && file.quiz.lastSettings) quiz.lastSettings = file.quiz.lastSettings;

  const cards = unionBy(
    Object.values(current.cards.cards),
    file.cards.cards,
    (c) => cardKey(c.deckId, c.questionId),
    furtherCard,
  );
  // Both sides folded at the same point first, so no review is both in one side's log and the other's counts.
  const theirs = cardsOfFile(file, now);
  const before = Math.max(foldedUpTo(current.cards.reviewHistory), foldedUpTo(theirs.reviewHistory));
  const [a, b] = [foldReviews(current.cards, before), foldReviews(theirs, before)];
  const reviewLog = unionBy<ReviewLogEntry>(
    a.reviewLog,
    b.reviewLog,
    (e) => e.id,
    (x) => x,
  ).sort((x, y) => x.review - y.review);
  const folded =
    a.reviewHistory || b.reviewHistory
      ? {
          reviewHistory: mergeReviewHistory(
            a.reviewHistory ?? emptyReviewHistory(),
            b.reviewHistory ?? emptyReviewHistory(),
          ),
        }
      : {};
  const merged: CardsData = {
    cards: cardsFromList(cards),
    reviewLog,
    ...folded,
    settings: current.cards.settings,
    lastUndo: null,
  };
  return { quiz, cards: foldReviews(merged, foldAt(reviewLog, now)) };
}
