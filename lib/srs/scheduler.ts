import { fsrs, Rating, type Card, type Grade as FsrsGrade } from "ts-fsrs";
import type { CardRecord, Grade, ReviewLogEntry } from "@/lib/schemas/cards";

// One scheduler for the app: FSRS defaults, no fuzz, so the same grade at the same time gives the same interval.
const scheduler = fsrs({ enable_fuzz: false });

/** The grades in button order, with their names and keys (1–4). */
export const grades: readonly { grade: Grade; label: "Again" | "Hard" | "Good" | "Easy" }[] = [
  { grade: Rating.Again, label: "Again" },
  { grade: Rating.Hard, label: "Hard" },
  { grade: Rating.Good, label: "Good" },
  { grade: Rating.Easy, label: "Easy" },
];

function toFsrs(r: CardRecord): Card {
  return {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: r.elapsedDays,
    scheduled_days: r.scheduledDays,
    learning_steps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    last_review: r.lastReview === undefined ? undefined : new Date(r.lastReview),
  };
}

function fromFsrs(deckId: string, questionId: string, c: Card): CardRecord {
  const record: CardRecord = {
    deckId,
    questionId,
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as CardRecord["state"],
  };
  if (c.last_review) record.lastReview = c.last_review.getTime();
  return record;
}

/**
 * The time a card is graded or previewed at: never before its last review. A clock moved back would give
 * ts-fsrs a negative elapsed time, which it refuses (`Invalid delta_t`), crashing the review pages.
 */
const notBeforeLast = (record: CardRecord, now: number): Date => new Date(Math.max(now, record.lastReview ?? now));

/** How a card is graded; passed into the store's actions so ts-fsrs loads only where cards are reviewed. */
export type Scheduler = (
  record: CardRecord,
  grade: Grade,
  now: number,
  logId: string,
) => { card: CardRecord; log: ReviewLogEntry };

/** Grades a card at `now`: the card's next state and the log entry of this review (with id `logId`). */
export const gradeCard: Scheduler = (record, grade, now, logId) => {
  const { card, log } = scheduler.next(toFsrs(record), notBeforeLast(record, now), grade as FsrsGrade);
  return {
    card: fromFsrs(record.deckId, record.questionId, card),
    log: {
      id: logId,
      deckId: record.deckId,
      questionId: record.questionId,
      rating: grade,
      state: log.state as ReviewLogEntry["state"],
      due: log.due.getTime(),
      stability: log.stability,
      difficulty: log.difficulty,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      review: log.review.getTime(),
    },
  };
};

/** When each grade would make the card due next, if given at `now` (epoch ms per grade). */
export function previewDue(record: CardRecord, now: number): Record<Grade, number> {
  const preview = scheduler.repeat(toFsrs(record), notBeforeLast(record, now));
  return {
    1: preview[Rating.Again].card.due.getTime(),
    2: preview[Rating.Hard].card.due.getTime(),
    3: preview[Rating.Good].card.due.getTime(),
    4: preview[Rating.Easy].card.due.getTime(),
  };
}
