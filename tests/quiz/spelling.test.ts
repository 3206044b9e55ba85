import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkAnswer, spellingSlipOf } from "@/lib/quiz/check-answer";
import { editDistance, isSpellingSlip } from "@/lib/quiz/spelling";
import type { Question } from "@/lib/schemas/deck";
import { q } from "../fixtures/deck";

const cloze = (answer: string, extra: Partial<Question> = {}): Question => ({
  ...q("q-cloze"),
  answer,
  acceptedAnswers: [],
  ...extra,
});

describe("editDistance (with adjacent swaps)", () => {
  it.each([
    ["britain", "britian", 1],
    ["britain", "britan", 1],
    ["britain", "brittain", 1],
    ["britain", "brixain", 1],
    ["australia", "austria", 2],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["same", "same", 0],
  ])("%s → %s is %i", (a, b, d) => expect(editDistance(a, b)).toBe(d));
  it("is symmetric and zero only for equal strings", () =>
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    ));
  it("stops early above the bound it is given", () => expect(editDistance("abcdefgh", "zyxwvuts", 1)).toBe(2));
});

describe("a typed answer one slip from the answer counts as right", () => {
  it.each(["Britian", "Britan", "Brittain", "britain."])("accepts %j for Britain", (given) => {
    expect(checkAnswer(cloze("Britain"), given)).toBe(true);
    expect(spellingSlipOf(cloze("Britain"), given) ?? "exact").toMatch(/Britain|exact/);
  });
  it("says which spelling was meant", () =>
    expect(spellingSlipOf(cloze("Keir Starmer"), "Kier Starmer")).toBe("Keir Starmer"));
  it("an exact answer is not a slip", () => expect(spellingSlipOf(cloze("Britain"), "Britain")).toBeUndefined());
});

describe("what is not forgiven", () => {
  it("two slips", () => expect(checkAnswer(cloze("Australia"), "Austria")).toBe(false));
  it("short answers, where one letter makes another word", () => {
    expect(checkAnswer(cloze("Iran"), "Iraq")).toBe(false);
    expect(checkAnswer(cloze("Mali"), "Bali")).toBe(false);
  });
  it("anything with a digit", () => expect(checkAnswer(cloze("Route 66a"), "Route 65a")).toBe(false));
  it("a slip that is closer to, or is, another answer the question offers", () => {
    const question = cloze("Sweden", { choices: ["Sweden", "Swede"] });
    expect(checkAnswer(question, "Swede")).toBe(false);
    expect(isSpellingSlip("swedes", "sweden", ["swede"])).toBe(false);
  });
  it("choice questions: the chosen text is compared as it is", () =>
    expect(checkAnswer({ ...q("q-mc"), answer: "Britain" } as Question, "Britian")).toBe(false));
});
