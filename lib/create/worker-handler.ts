import { z } from "@/lib/schemas/zod";
import { articleInputSchema, type ArticleInput } from "@/lib/generate/deck";
import { deckSchema, type Deck } from "@/lib/schemas/deck";
import { checkArticleText } from "@/lib/create/input";
import { oneLineReason, type WorkerResponse } from "@/lib/create/worker-protocol";
import { generateEnvelopeSchema, requestIdSchema } from "@/lib/schemas/worker-messages";

const generateRequestSchema = z.extend(generateEnvelopeSchema, { input: articleInputSchema });

/**
 * What the worker answers to one message: parses the request, checks the input limits before the
 * heavy work, runs `generate`, and validates the deck it returns. Never throws.
 */
export function handleWorkerMessage(data: unknown, generate: (input: ArticleInput) => Deck): WorkerResponse {
  const parsed = generateRequestSchema.safeParse(data);
  if (!parsed.success) {
    const id = requestIdSchema.safeParse((data as { requestId?: unknown } | null)?.requestId);
    return {
      kind: "error",
      requestId: id.success ? id.data : -1,
      reason: "The request to the generator was malformed.",
    };
  }
  const { requestId: id, input } = parsed.data;
  const problem = checkArticleText(input.text);
  if (problem) return { kind: "error", requestId: id, reason: problem.message };
  try {
    const deck = deckSchema.safeParse(generate(input));
    if (!deck.success) return { kind: "error", requestId: id, reason: "The generator made a deck that is not valid." };
    if (deck.data.questions.length === 0) {
      return {
        kind: "error",
        requestId: id,
        reason: "No questions could be made from this text. Try a longer news article with names, places and numbers.",
      };
    }
    return { kind: "ok", requestId: id, deck: deck.data };
  } catch (err) {
    return { kind: "error", requestId: id, reason: oneLineReason(err) };
  }
}
