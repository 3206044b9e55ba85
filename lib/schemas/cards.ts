// zod/mini, as the quiz slice's schemas: the persisted store is validated in the browser, where every KB counts.
import { z } from "@/lib/schemas/zod";
import { CardState } from "@/lib/schemas/card-state";
import { MAX_EPOCH_MS, MAX_UNDO } from "@/lib/schemas/limits";
import { cardKeySchema, deckIdSchema, epochMsSchema, questionIdSchema } from "@/lib/schemas/fields";

export { cardKeySchema };

const epochMs = epochMsSchema;
const nonNegative = z.number().check(z.nonnegative());
const count = z.int().check(z.nonnegative());

/** FSRS learning states, as ts-fsrs numbers them (lib/schemas/card-state.ts). */
export const cardStateSchema = z.union([
  z.literal(CardState.New),
  z.literal(CardState.Learning),
  z.literal(CardState.Review),
  z.literal(CardState.Relearning),
]);

/** Grades a reviewer can give: Again, Hard, Good, Easy (ts-fsrs `Rating` 1–4). */
export const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Grade = z.infer<typeof gradeSchema>;

/** The FSRS memory state of one card (one question of one deck); times in epoch ms. */
export const cardRecordSchema = z.object({
  deckId: deckIdSchema,
  questionId: questionIdSchema,
  due: epochMs,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: cardStateSchema,
  lastReview: z.optional(epochMs),
});
export type CardRecord = z.infer<typeof cardRecordSchema>;

/** One grade given to one card; `state`, `due`, … describe the card as it was before the grade. */
export const reviewLogEntrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(500)),
  deckId: deckIdSchema,
  questionId: questionIdSchema,
  rating: gradeSchema,
  state: cardStateSchema,
  due: epochMs,
  stability: nonNegative,
  difficulty: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
  /** When the grade was given. */
  review: epochMs,
});
export type ReviewLogEntry = z.infer<typeof reviewLogEntrySchema>;

/** Review settings the user can change. */
export const cardSettingsSchema = z.object({
  dailyNewLimit: z.int().check(z.minimum(0), z.maximum(9999)),
  /** New cards added to the limit for one local day only ("learn more today"); `day` as lib/srs/local-day counts. */
  extraNew: z.optional(z.object({ day: z.int(), count: z.int().check(z.minimum(1), z.maximum(9999)) })),
});
export type CardSettings = z.infer<typeof cardSettingsSchema>;

/** What one grade replaced, so that undo restores it exactly (`previous` is null for a new card). */
export const lastUndoSchema = z.object({
  key: cardKeySchema,
  previous: z.nullable(cardRecordSchema),
  logId: z.string().check(z.minLength(1), z.maxLength(500)),
});
export type LastUndo = z.infer<typeof lastUndoSchema>;

/**
 * Reviews older than the log keeps in full (lib/srs/review-history.ts), folded into counts per deck and per
 * quarter of an hour: every time zone's days begin on a quarter hour, so reviews per day and the streak come
 * out the same in any zone. `before` splits them: every review before it is counted here, every review from it
 * on is in the log (since version 3.1 it is just after the newest review folded; earlier it was the quarter-hour
 * boundary the fold was made at, `foldedUpTo` reads either).
 */
export const reviewHistorySchema = z.object({
  before: epochMs,
  decks: z.array(
    z
      .object({
        deckId: deckIdSchema,
        /** Quarter-hour numbers (epoch ms / 900,000), ascending, each with its count of reviews. */
        slots: z.array(z.int().check(z.nonnegative(), z.maximum(Math.floor(MAX_EPOCH_MS / 900_000)))),
        counts: z.array(z.int().check(z.positive())),
      })
      .check(
        z.refine(
          (d) => d.slots.length === d.counts.length && d.slots.every((s, i) => i === 0 || s > d.slots[i - 1]!),
          "slots and counts must pair up, slots ascending",
        ),
      ),
  ),
});
export type ReviewHistory = z.infer<typeof reviewHistorySchema>;

/** The cards slice's persisted data: cards keyed by `cardKey(deckId, questionId)`. */
export const cardsDataSchema = z.object({
  cards: z.record(cardKeySchema, cardRecordSchema),
  /** Recent reviews in full (what undo, the daily new-card limit and merging by id need), oldest first. */
  reviewLog: z.array(reviewLogEntrySchema),
  /** Since persisted version 3: older reviews, folded (absent: none folded yet). */
  reviewHistory: z.optional(reviewHistorySchema),
  settings: cardSettingsSchema,
  /** The newest grade undo takes back (null: nothing to undo). */
  lastUndo: z.nullable(lastUndoSchema),
  /**
   * The grades before it that undo takes back next, oldest first (lib/srs/undo.ts); absent when there are none.
   * Each restores its card exactly once the newer ones are undone.
   */
  earlierUndo: z.optional(z.array(lastUndoSchema).check(z.maxLength(MAX_UNDO - 1))),
});
export type CardsData = z.infer<typeof cardsDataSchema>;
