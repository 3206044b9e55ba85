import { z } from "@/lib/schemas/zod";
import type { QuestionType } from "@/lib/schemas/deck";
import { questionTypeLabels } from "@/lib/decks/summary";

const questionTypes = Object.keys(questionTypeLabels) as [QuestionType, ...QuestionType[]];

/**
 * What the home page lists for a deck saved in this browser: the source of the type. The home page
 * checks stored summaries with `isLocalDeckSummary` (same rules, no Zod in its bundle); a test
 * proves the two agree.
 */
export const localDeckSummarySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{4,80}$/)),
  title: z.string().check(z.minLength(1)),
  source: z.optional(z.string()),
  publishedAt: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** When it was saved, epoch ms. */
  savedAt: z.number(),
  questionCount: z.int().check(z.nonnegative()),
  byType: z.array(z.object({ type: z.enum(questionTypes), count: z.int().check(z.positive()) })),
});
export type LocalDeckSummary = z.infer<typeof localDeckSummarySchema>;
