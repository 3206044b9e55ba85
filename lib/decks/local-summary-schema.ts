import { z } from "zod";
import type { QuestionType } from "@/lib/schemas/deck";
import { questionTypeLabels } from "@/lib/decks/summary";

const questionTypes = Object.keys(questionTypeLabels) as [QuestionType, ...QuestionType[]];

/**
 * What the home page lists for a deck saved in this browser: the source of the type. The home page
 * checks stored summaries with `isLocalDeckSummary` (same rules, no Zod in its bundle); a test
 * proves the two agree.
 */
export const localDeckSummarySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{4,80}$/),
  title: z.string().min(1),
  source: z.string().optional(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** When it was saved, epoch ms. */
  savedAt: z.number(),
  questionCount: z.number().int().nonnegative(),
  byType: z.array(z.object({ type: z.enum(questionTypes), count: z.number().int().positive() })),
});
export type LocalDeckSummary = z.infer<typeof localDeckSummarySchema>;
