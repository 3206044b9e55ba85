import { z } from "zod";
import type { Deck } from "@/lib/schemas/deck";

/** What the generator takes: an article's text and what is known about it. */
export const articleInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  source: z.string().trim().max(200).optional(),
  url: z.string().url().optional(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  captions: z.array(z.string()).optional(),
  text: z.string(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

/**
 * Turns an article into a Deck: pure and deterministic (same input and generator version,
 * byte-identical deck). Throws a GenerateError with a one-line reason for unusable input.
 */
export function generateDeck(input: ArticleInput): Deck {
  void input;
  throw new Error("generateDeck: not implemented yet (issue 2)");
}
