import type { CardsData, Grade } from "@/lib/schemas/cards";
import type { Scheduler } from "@/lib/srs/scheduler";
import type { SliceCreator } from "@/lib/store/app-state";
import { emptyCardsData } from "@/lib/srs/defaults";
import { applyGrade, undoLastGrade } from "@/lib/srs/review";
import { markMissedDue } from "@/lib/srs/quiz-link";
import { withExtraNewToday } from "@/lib/srs/queue";
import type { UtcOffset } from "@/lib/srs/local-day";
import { withUndoneReview } from "@/lib/sync/tombstones";

export type CardsSlice = {
  cards: CardsData;
  /** Grades a card with `schedule` (lib/srs/scheduler's, passed in so only the review route loads ts-fsrs); undo puts it back. */
  gradeCard(args: { deckId: string; questionId: string; grade: Grade; now: number; schedule: Scheduler }): void;
  /** Reverts the last grade exactly (and remembers it, so another tab's copy of the grade does not come back). */
  undoGrade(): void;
  /** Makes the cards of questions missed in a quiz due now. */
  markMissedDue(args: { deckId: string; questionIds: readonly string[]; now: number }): void;
  setDailyNewLimit(limit: number): void;
  /** Lets `count` more new cards in today (the local day of `now`) only, as Anki's "increase today's limit". */
  learnMoreToday(args: { count: number; now: number; utcOffsetMinutes: UtcOffset }): void;
};

/**
 * The cards slice: FSRS cards, the review log and settings. Logic lives in lib/srs. Import, reset and
 * forgetting a deck change the cards too: they are the progress slice's (lib/store/progress-slice.ts).
 */
export const createCardsSlice: SliceCreator<CardsSlice> = (set, get) => ({
  cards: emptyCardsData(),
  gradeCard: ({ deckId, questionId, grade, now, schedule }) =>
    set((s) => ({ cards: applyGrade(s.cards, deckId, questionId, grade, now, schedule) })),
  undoGrade: () => {
    const { cards, tombstones } = get();
    const next = undoLastGrade(cards);
    if (next === cards || !cards.lastUndo) return;
    const { key, logId } = cards.lastUndo;
    const at = cards.reviewLog.find((e) => e.id === logId)?.review;
    set({
      cards: next,
      tombstones: at === undefined ? tombstones : withUndoneReview(tombstones, { id: logId, key, at }),
    });
  },
  markMissedDue: ({ deckId, questionIds, now }) => {
    const next = markMissedDue(get().cards, deckId, questionIds, now);
    if (next !== get().cards) set({ cards: next });
  },
  learnMoreToday: ({ count, now, utcOffsetMinutes }) =>
    set((s) => ({
      cards: { ...s.cards, settings: withExtraNewToday(s.cards.settings, count, now, utcOffsetMinutes) },
    })),
  setDailyNewLimit: (limit) => {
    const dailyNewLimit = Math.max(0, Math.min(9999, Math.floor(limit)));
    set((s) => ({ cards: { ...s.cards, settings: { ...s.cards.settings, dailyNewLimit } } }));
  },
});
