import { z } from "zod/mini";
import type { Deck, QuestionType } from "@/lib/schemas/deck";
import { questionTypeLabels } from "@/lib/decks/summary";

// The types in display order, from a type-only module so the full Zod schema stays out of this bundle.
const questionTypes = Object.keys(questionTypeLabels) as QuestionType[];

/*
 * What the home page lists for a deck saved in this browser. It uses zod/mini, not the full
 * deck schema: the home page only reads summaries and must stay small.
 */
export const localDeckSummarySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{4,80}$/)),
  title: z.string().check(z.minLength(1)),
  source: z.optional(z.string()),
  publishedAt: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** When it was saved, epoch ms. */
  savedAt: z.number(),
  questionCount: z.number().check(z.int(), z.nonnegative()),
  byType: z.array(z.object({ type: z.enum(questionTypes as [QuestionType, ...QuestionType[]]), count: z.number().check(z.int(), z.positive()) })),
});
export type LocalDeckSummary = z.infer<typeof localDeckSummarySchema>;

/** The summary of `deck` as saved at `savedAt` (epoch ms); types in the deck format's order. */
export function summarizeDeck(deck: Deck, savedAt: number): LocalDeckSummary {
  const counts = new Map<QuestionType, number>();
  for (const q of deck.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
  const { title, source, publishedAt } = deck.article;
  return {
    id: deck.id,
    title,
    ...(source ? { source } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    savedAt,
    questionCount: deck.questions.length,
    byType: questionTypes.filter((t) => counts.has(t)).map((type) => ({ type, count: counts.get(type) ?? 0 })),
  };
}

/** The valid summaries among `raw` (what storage gave back), newest first; invalid entries are skipped. */
export function parseSummaries(raw: unknown[]): LocalDeckSummary[] {
  const out: LocalDeckSummary[] = [];
  for (const r of raw) {
    const s = localDeckSummarySchema.safeParse(r);
    if (s.success) out.push(s.data);
  }
  return out.sort((a, b) => b.savedAt - a.savedAt || a.title.localeCompare(b.title));
}
