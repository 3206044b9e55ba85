import { describe, expect, it } from "vitest";
import { oneLineReason, parseWorkerResponse, type GenerateRequest } from "@/lib/create/worker-protocol";
import { workerResponseSchema } from "@/lib/schemas/worker-messages";
import { handleWorkerMessage } from "@/lib/create/worker-handler";
import type { ArticleInput } from "@/lib/generate/deck";
import { englishArticle, sampleDeck } from "./fixtures";

const input: ArticleInput = { title: "Harbourton votes for a tram", text: englishArticle };
/** A generate request as the page sends it (components/create/use-generator.ts). */
const generateRequest = (requestId: number, input: ArticleInput): GenerateRequest => ({
  kind: "generate",
  requestId,
  input,
});

describe("handleWorkerMessage", () => {
  it("answers a valid request with the generated deck and the same request id", () => {
    const res = handleWorkerMessage(generateRequest(7, input), () => sampleDeck());
    expect(res).toMatchObject({ kind: "ok", requestId: 7 });
    expect(res.kind === "ok" && res.deck.questions).toHaveLength(4);
    expect(workerResponseSchema.safeParse(res).success).toBe(true);
  });

  it("turns a generator failure into a one-line reason", () => {
    const res = handleWorkerMessage(generateRequest(3, input), () => {
      throw new Error("No sentences found\n    at generateDeck (deck.ts:10)");
    });
    expect(res).toEqual({ kind: "error", requestId: 3, reason: "No sentences found" });
  });

  it("refuses input over the limits without calling the generator", () => {
    let called = false;
    const res = handleWorkerMessage(generateRequest(1, { ...input, text: "Too short." }), () => {
      called = true;
      return sampleDeck();
    });
    expect(called).toBe(false);
    expect(res.kind === "error" && res.reason).toMatch(/too short/);
  });

  it("refuses malformed requests, keeping the request id when there is one", () => {
    expect(handleWorkerMessage({ kind: "generate", requestId: 5 }, () => sampleDeck())).toMatchObject({
      kind: "error",
      requestId: 5,
    });
    expect(handleWorkerMessage("hello", () => sampleDeck())).toMatchObject({ kind: "error", requestId: -1 });
    expect(handleWorkerMessage(null, () => sampleDeck())).toMatchObject({ kind: "error", requestId: -1 });
    // The input is checked with the generator's own schema.
    expect(
      handleWorkerMessage({ ...generateRequest(4, input), input: { text: englishArticle } }, () => sampleDeck()),
    ).toMatchObject({ kind: "error", requestId: 4 });
  });

  it("refuses a deck that is not valid or has no questions", () => {
    const broken = { ...sampleDeck(), id: "Not Valid!" };
    expect(handleWorkerMessage(generateRequest(2, input), () => broken)).toMatchObject({ kind: "error", requestId: 2 });
    const empty = { ...sampleDeck(), questions: [] };
    const res = handleWorkerMessage(generateRequest(2, input), () => empty);
    expect(res.kind === "error" && res.reason).toMatch(/No questions/);
  });
});

describe("parseWorkerResponse", () => {
  it("accepts ok and error responses", () => {
    expect(parseWorkerResponse({ kind: "ok", requestId: 1, deck: sampleDeck() }).kind).toBe("ok");
    expect(parseWorkerResponse({ kind: "error", requestId: 1, reason: "Nope." })).toEqual({
      kind: "error",
      requestId: 1,
      reason: "Nope.",
    });
  });

  it("turns anything else into an error", () => {
    for (const bad of [
      null,
      { kind: "ok", requestId: 1 },
      { kind: "ok", requestId: 1, deck: { ...sampleDeck(), formatVersion: 2 } },
      { kind: "error", requestId: 1, reason: "two\nlines" },
      { kind: "done", requestId: 1 },
    ]) {
      expect(parseWorkerResponse(bad)).toMatchObject({ kind: "error", requestId: -1 });
    }
  });
});

describe("oneLineReason", () => {
  it("keeps the first non-empty line and caps its length", () => {
    expect(oneLineReason(new Error("\n  first \nsecond"))).toBe("first");
    expect(oneLineReason("plain")).toBe("plain");
    expect(oneLineReason({})).toMatch(/failed/);
    expect(oneLineReason(new Error("x".repeat(500)))).toHaveLength(300);
  });
});

describe("with the real generator", () => {
  it("answers with a valid deck for an English article, the same for the same input", async () => {
    const { generateDeck } = await import("@/lib/generate/deck");
    const a = handleWorkerMessage(generateRequest(1, input), generateDeck);
    const b = handleWorkerMessage(generateRequest(1, input), generateDeck);
    expect(a.kind).toBe("ok");
    expect(a.kind === "ok" && a.deck.questions.length).toBeGreaterThan(0);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
