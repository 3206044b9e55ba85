import { z } from "@/lib/schemas/zod";
import { deckSchema } from "@/lib/schemas/deck";

/**
 * The messages between the /new page and the generator's Web Worker (lib/create/worker-protocol.ts
 * uses them on the page's side, worker-handler.ts on the worker's). Each side parses what it receives:
 * a message is data from another realm, not a trusted value.
 */
export const requestIdSchema = z.int().check(z.nonnegative());

/** A generate request's envelope; the worker checks `input` with the generator's own schema. */
export const generateEnvelopeSchema = z.object({
  kind: z.literal("generate"),
  requestId: requestIdSchema,
  input: z.unknown(),
});

/** A reason is one short line: it is shown as it is in the page. */
const reasonSchema = z.string().check(z.minLength(1), z.maxLength(300), z.regex(/^[^\n\r]*$/));

export const workerResponseSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ok"), requestId: requestIdSchema, deck: deckSchema }),
  z.object({ kind: z.literal("error"), requestId: z.union([requestIdSchema, z.literal(-1)]), reason: reasonSchema }),
]);
export type WorkerResponse = z.infer<typeof workerResponseSchema>;
