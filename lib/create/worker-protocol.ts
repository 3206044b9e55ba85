import { z } from "zod";
import { articleInputSchema, type ArticleInput } from "@/lib/generate/deck";
import { deckSchema, type Deck } from "@/lib/schemas/deck";
import { checkArticleText } from "@/lib/create/input";

/**
 * The messages between the /new page and the generator's Web Worker. Both sides parse what they
 * receive with these schemas: a message is data from another realm, not a trusted value.
 */
const requestId = z.number().int().nonnegative();

export const generateRequestSchema = z.object({
  kind: z.literal("generate"),
  requestId,
  input: articleInputSchema,
});
export type GenerateRequest = z.infer<typeof generateRequestSchema>;

/** A reason is one short line: it is shown as it is in the page. */
const reasonSchema = z.string().min(1).max(300).regex(/^[^\n\r]*$/);

export const workerResponseSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ok"), requestId, deck: deckSchema }),
  z.object({ kind: z.literal("error"), requestId: requestId.or(z.literal(-1)), reason: reasonSchema }),
]);
export type WorkerResponse = z.infer<typeof workerResponseSchema>;

/** Builds a generate request for the worker. */
export function generateRequest(id: number, input: ArticleInput): GenerateRequest {
  return { kind: "generate", requestId: id, input };
}

/** The first line of an error's message, cut to fit a reason. */
export function oneLineReason(err: unknown): string {
  const raw = err instanceof Error ? err.message : typeof err === "string" ? err : "";
  const line = raw.split(/[\r\n]+/).map((l) => l.trim()).find(Boolean) ?? "";
  const text = line || "The generator failed on this text.";
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/**
 * What the worker answers to one message: parses the request, checks the input limits before the
 * heavy work, runs `generate`, and validates the deck it returns. Never throws.
 */
export function handleWorkerMessage(data: unknown, generate: (input: ArticleInput) => Deck): WorkerResponse {
  const parsed = generateRequestSchema.safeParse(data);
  if (!parsed.success) {
    const id = requestId.safeParse((data as { requestId?: unknown } | null)?.requestId);
    return { kind: "error", requestId: id.success ? id.data : -1, reason: "The request to the generator was malformed." };
  }
  const { requestId: id, input } = parsed.data;
  const problem = checkArticleText(input.text);
  if (problem) return { kind: "error", requestId: id, reason: problem.message };
  try {
    const deck = deckSchema.safeParse(generate(input));
    if (!deck.success) return { kind: "error", requestId: id, reason: "The generator made a deck that is not valid." };
    if (deck.data.questions.length === 0) {
      return { kind: "error", requestId: id, reason: "No questions could be made from this text. Try a longer news article with names, places and numbers." };
    }
    return { kind: "ok", requestId: id, deck: deck.data };
  } catch (err) {
    return { kind: "error", requestId: id, reason: oneLineReason(err) };
  }
}

/** Parses a message from the worker; anything else becomes an error response. */
export function parseWorkerResponse(data: unknown): WorkerResponse {
  const parsed = workerResponseSchema.safeParse(data);
  return parsed.success ? parsed.data : { kind: "error", requestId: -1, reason: "The generator sent an answer that could not be read." };
}
