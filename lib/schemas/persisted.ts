// The whole persisted store, composed from per-slice schemas. zod/mini keeps the browser bundle small.
import * as z from "zod/mini";
import { attemptQuestionTypes, deckIdSchema, quizPersistedSchema } from "@/lib/schemas/quiz";

/** The version of the persisted shape this app writes. Bump it with a migration in lib/store/migrations.ts. */
export const PERSIST_VERSION = 1;

/**
 * The persisted state: one optional key per slice (a missing slice starts from its initial data, so
 * adding a slice needs no version bump). A slice adds its key here and it is persisted automatically.
 */
export const persistedStateSchema = z.object({
  quiz: z.optional(quizPersistedSchema),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

/** The slices that are persisted: exactly the keys of the schema. */
export const persistedKeys = Object.keys(persistedStateSchema.shape) as (keyof PersistedState)[];

// Version 0 (the first release): ISO date strings, a single in-progress attempt, no modes or timings.
const v0AttemptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  deckId: deckIdSchema,
  startedAt: z.iso.datetime(),
  finishedAt: z.nullable(z.iso.datetime()),
  questionIds: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  answers: z.array(z.object({
    questionId: z.string().check(z.minLength(1)),
    type: z.enum(attemptQuestionTypes),
    given: z.string(),
    correct: z.boolean(),
  })),
  index: z.int().check(z.nonnegative()),
});
export const persistedV0Schema = z.object({
  attempts: z.array(v0AttemptSchema),
  inProgress: z.nullable(v0AttemptSchema),
});
export type PersistedV0 = z.infer<typeof persistedV0Schema>;
export type AttemptV0 = z.infer<typeof v0AttemptSchema>;
