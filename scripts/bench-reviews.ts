// Synthetic review history for the benchmarks, made by the real scheduler: cards of 10 reviews each, grades
// cycling Good, Good, Hard, Again, Easy, the log sorted by time as the app keeps it.
import { gradeCard } from "@/lib/srs/scheduler";
import { cardKey } from "@/lib/srs/card-key";
import { emptyCardsData } from "@/lib/srs/defaults";
import { newCardRecord } from "@/lib/srs/new-card";
import type { CardRecord, CardsData, Grade } from "@/lib/schemas/cards";

export const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 2, 3, 9, 0);
export const REVIEWS_PER_CARD = 10;
const grades: Grade[] = [3, 3, 2, 1, 4];

type Options = {
  /** Review-log entries to make. */
  total: number;
  /** The deck and question of card `c`. */
  ids: (c: number) => [deckId: string, questionId: string];
  /** When review `r` of card `c` happens, given the card as it is before it. */
  when: (c: number, r: number, card: CardRecord) => number;
};

/** Cards data holding `total` reviews over cards of REVIEWS_PER_CARD reviews each. */
export function reviewedCards({ total, ids, when }: Options): CardsData {
  const data = emptyCardsData();
  for (let c = 0; c * REVIEWS_PER_CARD < total; c++) {
    const [deckId, questionId] = ids(c);
    let card = newCardRecord(deckId, questionId, T0);
    for (let r = 0; r < REVIEWS_PER_CARD && data.reviewLog.length < total; r++) {
      const now = when(c, r, card);
      const { card: next, log } = gradeCard(
        card,
        grades[(c + r) % grades.length]!,
        now,
        `${cardKey(deckId, questionId)}@${now}`,
      );
      data.reviewLog.push(log);
      card = next;
    }
    data.cards[cardKey(deckId, questionId)] = card;
  }
  data.reviewLog.sort((a, b) => a.review - b.review);
  return data;
}
