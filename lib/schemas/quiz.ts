// These schemas ship in the browser bundle of every page that reads saved quizzes, where every KB counts.
import { z } from "@/lib/schemas/zod";
import type { QuestionType } from "@/lib/schemas/deck";
import { deckIdSchema, epochMsSchema, givenAnswerSchema, questionIdSchema } from "@/lib/schemas/fields";

/** The question types, repeated here so this module does not pull the whole deck schema into that bundle. */
export const attemptQuestionTypes = [
  "multiple-choice",
  "true-false",
  "cloze",
  "numeric",
  "who-said",
  "ordering",
] as const satisfies readonly QuestionType[];
// Compile-time check that the list above covers every deck question type.
type MissingTypes = Exclude<QuestionType, (typeof attemptQuestionTypes)[number]>;
const noMissingTypes: MissingTypes extends never ? true : never = true;
void noMissingTypes;

export { deckIdSchema };
const nonEmpty = z.string().check(z.minLength(1), z.maxLength(2000));
const epochMs = epochMsSchema;

export const quizModeSchema = z.enum(["practice", "test"]);
export type QuizMode = z.infer<typeof quizModeSchema>;

/** What the setup form asks: how many questions (`0` = all), which types, which mode. */
export const quizSettingsSchema = z.object({
  count: z.int().check(z.nonnegative()),
  types: z.array(z.enum(attemptQuestionTypes)),
  mode: quizModeSchema,
});
export type QuizSettings = z.infer<typeof quizSettingsSchema>;

/** One answered question: scored once, when it was given. */
export const answerRecordSchema = z.object({
  questionId: questionIdSchema,
  type: z.enum(attemptQuestionTypes),
  /** What the user gave, as text (ordering: the items joined by " → "). */
  given: givenAnswerSchema,
  correct: z.boolean(),
  /**
   * Set when the user said a typed answer the check marked wrong was right ("I was right", as Quizlet's
   * override): it then counts as correct, once per question.
   */
  overridden: z.optional(z.literal(true)),
  /** Time from the question being shown to the answer, in ms. */
  ms: epochMs,
  at: epochMs,
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export const scoreSchema = z.object({
  correct: z.int().check(z.nonnegative()),
  total: z.int().check(z.nonnegative()),
});
export type Score = z.infer<typeof scoreSchema>;

export const bestScoreSchema = z.object({
  correct: z.int().check(z.nonnegative()),
  total: z.int().check(z.positive()),
  attemptId: nonEmpty,
  at: epochMs,
});
export type BestScore = z.infer<typeof bestScoreSchema>;

/** A quiz attempt: the shuffled question order (from `seed`), the answers so far, and where the user is. */
export const attemptSchema = z.object({
  id: nonEmpty,
  deckId: deckIdSchema,
  mode: quizModeSchema,
  seed: z.int().check(z.nonnegative()),
  questionIds: z.array(questionIdSchema).check(z.minLength(1)),
  answers: z.array(answerRecordSchema),
  /** Index into `questionIds` of the question on screen. */
  current: z.int().check(z.nonnegative()),
  /** When the current question was shown (for per-question time). */
  shownAt: epochMs,
  startedAt: epochMs,
  finishedAt: z.optional(epochMs),
  /** Set on a "Retry mistakes" attempt: the attempt it retries. Retries do not count for best scores. */
  retryOf: z.optional(nonEmpty),
  /** The deck's best score before this attempt finished, for the results page. */
  previousBest: z.optional(bestScoreSchema),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** The quiz slice's persisted data. */
export const quizPersistedSchema = z.object({
  /** Finished attempts, oldest first (capped; see MAX_ATTEMPTS). */
  attempts: z.array(attemptSchema),
  /** The attempt on screen per deck: in progress, or finished and showing its results. */
  active: z.record(deckIdSchema, attemptSchema),
  best: z.record(deckIdSchema, bestScoreSchema),
  /** The last setup used, so the next quiz starts with one click. */
  lastSettings: z.optional(quizSettingsSchema),
});
export type QuizPersisted = z.infer<typeof quizPersistedSchema>;
