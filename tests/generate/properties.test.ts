import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate/deck";
import { GenerateError } from "@/lib/generate/errors";
import { splitSentences } from "@/lib/generate/sentences";
import { parsePlainText } from "@/lib/generate/plain-text";
import { expectDeckInvariants } from "./invariants";

const dir = path.resolve(__dirname, "../fixtures/articles");
const realSentences = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => splitSentences(parsePlainText(fs.readFileSync(path.join(dir, f), "utf8")).text).map((s) => s.text))
  .filter((s) => s.length > 30);

/** Generates, or returns the GenerateError; any other exception fails the property. */
function attempt(text: string) {
  try {
    return generateDeck({ title: "Property article", publishedAt: "2025-03-03", text });
  } catch (e) {
    if (e instanceof GenerateError) return e;
    throw e;
  }
}

describe("generateDeck properties", () => {
  it("throws nothing but GenerateError on arbitrary text", () => {
    const wordy = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            "the",
            "said",
            "on",
            "Sunday",
            "5,000",
            "£1.6bn",
            '"',
            ".",
            "U.S.",
            "Starmer",
            "\n\n",
            "London",
            "(",
            ")",
          ),
          fc.string(),
        ),
        { maxLength: 60 },
      )
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 300 }), wordy),
        (text) => {
          const out = attempt(text);
          if (!(out instanceof GenerateError)) expectDeckInvariants(out);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it("on shuffled and concatenated real sentences: deterministic, exact evidence, valid choices, stable ids", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(realSentences, { minLength: 4, maxLength: 12 }),
        fc.constantFrom(" ", "\n\n", ""),
        (sentences, glue) => {
          const text = sentences.join(glue);
          const first = attempt(text);
          const second = attempt(text);
          expect(second).toEqual(first);
          if (first instanceof GenerateError) return;
          expectDeckInvariants(first);
          // Ids depend on content: the same article under another title keeps its questions' ids. Compared over
          // every candidate: the selection itself weighs words shared with the headline, so it may keep others.
          const candidates = generateDeck(
            { title: "Property article", publishedAt: "2025-03-03", text },
            { all: true },
          );
          const retitled = generateDeck({ title: "Another title", publishedAt: "2025-03-03", text }, { all: true });
          expect(retitled.questions.map((q) => q.id)).toEqual(candidates.questions.map((q) => q.id));
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});
