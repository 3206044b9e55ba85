import type { z } from "@/lib/schemas/zod";
import type { ArticleInput } from "@/lib/generate/deck";
import { generateEnvelopeSchema, workerResponseSchema, type WorkerResponse } from "@/lib/schemas/worker-messages";

/**
 * The page's side of the messages with the generator's Web Worker (their schemas are in
 * lib/schemas/worker-messages.ts). This module is loaded by the page, so it must not import the
 * generator (only its types); the worker's side is worker-handler.ts.
 */
export type GenerateRequest = Omit<z.infer<typeof generateEnvelopeSchema>, "input"> & { input: ArticleInput };
export type { WorkerResponse };

/** The first line of an error's message, cut to fit a reason. */
export function oneLineReason(err: unknown): string {
  const raw = err instanceof Error ? err.message : typeof err === "string" ? err : "";
  const line =
    raw
      .split(/[\r\n]+/)
      .map((l) => l.trim())
      .find(Boolean) ?? "";
  const text = line || "The generator failed on this text.";
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** Parses a message from the worker; anything else becomes an error response. */
export function parseWorkerResponse(data: unknown): WorkerResponse {
  const parsed = workerResponseSchema.safeParse(data);
  return parsed.success
    ? parsed.data
    : { kind: "error", requestId: -1, reason: "The generator sent an answer that could not be read." };
}
