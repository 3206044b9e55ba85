import type { CardsData } from "@/lib/schemas/cards";
import type { QuizPersisted } from "@/lib/schemas/quiz";
import type { Tombstones } from "@/lib/schemas/tombstones";
import { deletedUpTo } from "@/lib/sync/tombstones";
import { historyWithout } from "@/lib/srs/review-history";
import { keepUndoInLog } from "@/lib/srs/undo";

/** One tab's saved progress with what it deleted, as the merge of two tabs sees it. */
export interface TabData {
  quiz: QuizPersisted;
  cards: CardsData;
  tombstones: Tombstones;
}

/**
 * `side` without what `other` deleted and `side` had not heard of: attempts, best scores, cards and reviews
 * of a deck forgotten (or of everything reset) up to a later time than `side` knows of, attempts that left
 * the screen, undone reviews and the card copies they made. A deletion both sides know of drops nothing:
 * each side already applied it, so what it still holds was put back on purpose (an import).
 */
export function withoutDeletedBy(side: TabData, other: Tombstones): TabData {
  const own = side.tombstones;
  const cuts = new Map<string, number>();
  const cut = (deckId: string): number => {
    let c = cuts.get(deckId);
    if (c === undefined) {
      c = deletedUpTo(other, deckId);
      if (c <= deletedUpTo(own, deckId)) c = -1;
      cuts.set(deckId, c);
    }
    return c;
  };
  const known = new Set(own.attempts.map((a) => a.id));
  const closed = new Set(other.attempts.filter((a) => !known.has(a.id)).map((a) => a.id));
  const knownReviews = new Set(own.reviews.map((r) => r.id));
  const undone = other.reviews.filter((r) => !knownReviews.has(r.id));
  const undoneIds = new Set(undone.map((r) => r.id));
  const undoneCopies = new Set(undone.map((r) => `${r.key}@${r.at}`));

  const q = side.quiz;
  const active = Object.fromEntries(
    Object.entries(q.active).filter(([d, a]) => a.startedAt > cut(d) && !closed.has(a.id)),
  );
  const best = Object.fromEntries(Object.entries(q.best).filter(([d, b]) => b.at > cut(d)));
  const quiz: QuizPersisted = { ...q, attempts: q.attempts.filter((a) => a.startedAt > cut(a.deckId)), active, best };

  const c = side.cards;
  const cards = Object.fromEntries(
    Object.entries(c.cards).filter(
      ([key, card]) =>
        (card.lastReview ?? card.due) > cut(card.deckId) &&
        !(card.lastReview !== undefined && undoneCopies.has(`${key}@${card.lastReview}`)),
    ),
  );
  const reviewLog = c.reviewLog.filter((e) => e.review > cut(e.deckId) && !undoneIds.has(e.id));
  const reviewHistory = c.reviewHistory && historyWithout(c.reviewHistory, cut);
  // An undo whose grade is gone would put back a card that was deleted.
  return {
    quiz,
    cards: keepUndoInLog({ ...c, cards, reviewLog, ...(reviewHistory ? { reviewHistory } : {}) }),
    tombstones: own,
  };
}
