import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkAnswer } from "@/lib/quiz/check-answer";
import { q } from "../fixtures/deck";

/** Case, punctuation, spacing and a leading article: what typed answers must forgive. */
const noisy = (text: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.constantFrom("", "the ", "The "),
      fc.constantFrom("", ".", "!", " ", "  "),
    )
    .map(
      ([upper, article, end]) =>
        article + [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join("") + end,
    );

describe("answer checking properties (fast-check)", () => {
  it("accepts the cloze answer under any case, trailing punctuation and leading article", () => {
    fc.assert(
      fc.property(noisy("United States"), (given) => {
        expect(checkAnswer(q("q-cloze"), given)).toBe(true);
      }),
    );
  });

  it("accepts the amount written as any grouping of its digits, and rejects any other amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000_000 }), (n) => {
        const grouped = n.toLocaleString("en-US");
        expect(checkAnswer(q("q-num"), grouped)).toBe(n === 1_600_000_000);
        expect(checkAnswer(q("q-num"), `£${grouped}`)).toBe(n === 1_600_000_000);
      }),
    );
    expect(checkAnswer(q("q-num"), (1_600_000_000).toLocaleString("en-US"))).toBe(true);
  });

  it("never accepts a wrong choice, however it is written", () => {
    fc.assert(
      fc.property(fc.constantFrom("Sunday", "Friday", "Tuesday").chain(noisy), (given) => {
        expect(checkAnswer(q("q-mc"), given)).toBe(false);
      }),
    );
  });
});
