// The whole persisted store, composed from per-slice schemas. zod/mini keeps the browser bundle small.
import { z } from "@/lib/schemas/zod";
import { attemptQuestionTypes, deckIdSchema, quizPersistedSchema } from "@/lib/schemas/quiz";
import { cardsDataSchema } from "@/lib/schemas/cards";
import { tombstonesSchema } from "@/lib/schemas/tombstones";

/**
 * The persisted state: one optional key per slice (a missing slice starts from its initial data, so
 * adding a slice needs no version bump). A slice adds its key here and in lib/store/persisted-keys.ts.
 */
export const persistedStateSchema = z.object({
  quiz: z.optional(quizPersistedSchema),
  cards: z.optional(cardsDataSchema),
  /** Since version 2: what was deleted, so another tab's older copy cannot bring it back. */
  tombstones: z.optional(tombstonesSchema),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

// The schema's keys are exactly the store's persisted slices (lib/store/persisted-keys.ts): checked by
// tests/schemas/persisted-keys.test.ts, so the schemas import nothing from the store.

// Version 0 (the first release): ISO date strings, a single in-progress attempt, no modes or timings.
const v0AttemptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  deckId: deckIdSchema,
  startedAt: z.iso.datetime(),
  finishedAt: z.nullable(z.iso.datetime()),
  questionIds: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  answers: z.array(
    z.object({
      questionId: z.string().check(z.minLength(1)),
      type: z.enum(attemptQuestionTypes),
      given: z.string(),
      correct: z.boolean(),
    }),
  ),
  index: z.int().check(z.nonnegative()),
});
export const persistedV0Schema = z.object({
  attempts: z.array(v0AttemptSchema),
  inProgress: z.nullable(v0AttemptSchema),
});
export type PersistedV0 = z.infer<typeof persistedV0Schema>;
export type AttemptV0 = z.infer<typeof v0AttemptSchema>;
