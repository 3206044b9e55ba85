import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
import { distractorsFor, formatQuantityLike } from "@/lib/generate/distractors";
import { generateDeck } from "@/lib/generate/deck";
import { expectDeckInvariants } from "./invariants";

const TEXT =
  "British Prime Minister Keir Starmer said on Sunday that Britain will lend Ukraine 1.6 billion pounds (2 billion U.S. dollars) for 5,000 missiles. " +
  "Ukrainian Finance Minister Serhiy Marchenko said Britain and Ukraine agreed on a loan of 2.26 billion pounds in London. " +
  "The leaders met in Paris and later flew to Brussels, where they agreed on a three-step plan: to talk; to build; and to defend the country.";

function setup() {
  const sentences = splitSentences(TEXT);
  const { facts, mentions } = extractFacts(sentences, "2025-03-03");
  return { facts, ctx: { facts, mentions } };
}

describe("distractorsFor", () => {
  it("draws money from the same article first and never the bracketed conversion", () => {
    const { facts, ctx } = setup();
    const money = facts.find((f) => f.kind === "money" && f.value === "1.6 billion pounds")!;
    const wrong = distractorsFor(money, money.value, money.sentence.text, ctx, 3);
    expect(wrong[0]).toBe("2.26 billion pounds");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(w).toMatch(/^\d[\d.]* (?:billion|million) pounds$/);
    expect(wrong.some((w) => w.startsWith("2 billion"))).toBe(false);
  });

  it("gives places for a place, never one already in the sentence nor an alias of the answer", () => {
    const { facts, ctx } = setup();
    const london = facts.find((f) => f.kind === "place" && f.value === "London")!;
    const wrong = distractorsFor(london, "London", london.sentence.text, ctx, 3);
    expect(wrong).toHaveLength(3);
    expect(wrong).not.toContain("London");
    expect(wrong.slice(0, 2)).toEqual(expect.arrayContaining(["Paris", "Brussels"]));
    const britain = facts.find((f) => f.kind === "place" && f.value === "Britain")!;
    const forBritain = distractorsFor(britain, "Britain", britain.sentence.text, ctx, 5);
    for (const alias of ["UK", "United Kingdom", "Ukraine"]) expect(forBritain).not.toContain(alias);
  });

  it("formats numbers like the answer and returns nothing it cannot format", () => {
    expect(formatQuantityLike(29, "58%")).toBe("29%");
    expect(formatQuantityLike(7500, "5,000")).toBe("7,500");
    expect(formatQuantityLike(12000, "8000")).toBe("12000");
    expect(formatQuantityLike(4, "three")).toBe("four");
    expect(formatQuantityLike(40, "three")).toBeUndefined();
  });
});

describe("a small article end to end", () => {
  it("makes an ordering question from an announced list and keeps every invariant", () => {
    const deck = generateDeck({ title: "Loan", publishedAt: "2025-03-03", text: TEXT });
    const order = deck.questions.find((q) => q.type === "ordering");
    expect(order?.items).toEqual(["to talk", "to build", "to defend the country"]);
    expect(order?.prompt).toBe("Put the steps of the three-step plan in the order the article gives them.");
    expectDeckInvariants(deck);
  });
});
