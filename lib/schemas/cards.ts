import { z } from "zod";

const epochMs = z.number().int().nonnegative();
const id = z.string().min(1).max(200);

/** FSRS learning states, as ts-fsrs numbers them: New, Learning, Review, Relearning. */
export const cardStateValues = [0, 1, 2, 3] as const;
export const cardStateSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
export type CardState = z.infer<typeof cardStateSchema>;

/** Grades a reviewer can give: Again, Hard, Good, Easy (ts-fsrs `Rating` 1–4). */
export const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Grade = z.infer<typeof gradeSchema>;

/** The FSRS memory state of one card (one question of one deck); times in epoch ms. */
export const cardRecordSchema = z.object({
  deckId: id,
  questionId: id,
  due: epochMs,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: cardStateSchema,
  lastReview: epochMs.optional(),
});
export type CardRecord = z.infer<typeof cardRecordSchema>;

/** One grade given to one card; `state`, `due`, … describe the card as it was before the grade. */
export const reviewLogEntrySchema = z.object({
  id: id,
  deckId: id,
  questionId: id,
  rating: gradeSchema,
  state: cardStateSchema,
  due: epochMs,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  /** When the grade was given. */
  review: epochMs,
});
export type ReviewLogEntry = z.infer<typeof reviewLogEntrySchema>;

/** Review settings the user can change. */
export const cardSettingsSchema = z.object({
  dailyNewLimit: z.number().int().min(0).max(9999),
});
export type CardSettings = z.infer<typeof cardSettingsSchema>;

/** What the last grade replaced, so that undo restores it exactly (`previous` is null for a new card). */
export const lastUndoSchema = z.object({
  key: z.string().min(1),
  previous: cardRecordSchema.nullable(),
  logId: id,
});
export type LastUndo = z.infer<typeof lastUndoSchema>;

/** The cards part of the app's state: cards keyed by `cardKey(deckId, questionId)`. */
export const cardsDataSchema = z.object({
  cards: z.record(z.string(), cardRecordSchema),
  reviewLog: z.array(reviewLogEntrySchema),
  settings: cardSettingsSchema,
  lastUndo: lastUndoSchema.nullable(),
});
export type CardsData = z.infer<typeof cardsDataSchema>;

