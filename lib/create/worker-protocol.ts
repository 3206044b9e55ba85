import { z } from "@/lib/schemas/zod";
import type { ArticleInput } from "@/lib/generate/deck";
import { deckSchema } from "@/lib/schemas/deck";

/**
 * The messages between the /new page and the generator's Web Worker. Each side parses what it
 * receives: a message is data from another realm, not a trusted value. This module is loaded by the
 * page, so it must not import the generator (only its types); the worker's side is worker-handler.ts.
 */
export const requestIdSchema = z.int().check(z.nonnegative());

/** A generate request's envelope; the worker checks `input` with the generator's own schema. */
export const generateEnvelopeSchema = z.object({
  kind: z.literal("generate"),
  requestId: requestIdSchema,
  input: z.unknown(),
});
export type GenerateRequest = Omit<z.infer<typeof generateEnvelopeSchema>, "input"> & { input: ArticleInput };

/** A reason is one short line: it is shown as it is in the page. */
const reasonSchema = z.string().check(z.minLength(1), z.maxLength(300), z.regex(/^[^\n\r]*$/));

export const workerResponseSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ok"), requestId: requestIdSchema, deck: deckSchema }),
  z.object({ kind: z.literal("error"), requestId: z.union([requestIdSchema, z.literal(-1)]), reason: reasonSchema }),
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

/** Parses a message from the worker; anything else becomes an error response. */
export function parseWorkerResponse(data: unknown): WorkerResponse {
  const parsed = workerResponseSchema.safeParse(data);
  return parsed.success ? parsed.data : { kind: "error", requestId: -1, reason: "The generator sent an answer that could not be read." };
}
