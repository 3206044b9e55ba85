import { z } from "@/lib/schemas/zod";
import { questionTypeSchema } from "@/lib/schemas/deck";
import { calendarDateSchema, deckIdSchema } from "@/lib/schemas/fields";

/**
 * What the home page lists for a deck saved in this browser: the source of the type. The home page
 * checks stored summaries with `isLocalDeckSummary` (lib/decks/local-summary.ts: same rules, no Zod in
 * its bundle); a test proves the two agree.
 */
export const localDeckSummarySchema = z.object({
  id: deckIdSchema,
  title: z.string().check(z.minLength(1)),
  source: z.optional(z.string()),
  publishedAt: z.optional(calendarDateSchema()),
  /** When it was saved, epoch ms. */
  savedAt: z.number(),
  questionCount: z.int().check(z.nonnegative()),
  byType: z.array(z.object({ type: questionTypeSchema, count: z.int().check(z.positive()) })),
});
export type LocalDeckSummary = z.infer<typeof localDeckSummarySchema>;
