import { expect } from "vitest";
import { deckSchema, type Deck } from "@/lib/schemas/deck";

/** The checks every generated deck must pass, whatever the article. */
export function expectDeckInvariants(deck: Deck): void {
  expect(() => deckSchema.parse(deck)).not.toThrow();
  const ids = deck.questions.map((q) => q.id);
  expect(new Set(ids).size).toBe(ids.length);
  const facts = new Map(deck.facts.map((f) => [f.id, f]));
  for (const q of deck.questions) {
    const { sentence, start, end } = q.evidence;
    expect(deck.article.text.slice(start, end)).toBe(sentence);
    const fact = facts.get(q.factId);
    expect(fact, q.id).toBeDefined();
    expect(sentence).toContain(fact!.kind === "list" ? fact!.items![0] : fact!.value);
    if (q.choices) expect(new Set(q.choices).size).toBe(q.choices.length);
    if (q.type === "ordering") {
      expect([...q.choices!].sort()).toEqual([...q.items!].sort());
      expect(q.answer).toBe(q.items!.join(" → "));
      expect(q.choices).not.toEqual(q.items);
      for (const item of q.items!) expect(q.prompt).not.toContain(item);
    } else if (q.choices) {
      expect(q.choices.filter((c) => c === q.answer)).toHaveLength(1);
    }
    if (q.type !== "true-false" && q.type !== "ordering") {
      const escaped = q.answer.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(q.prompt.toLowerCase(), q.id).not.toMatch(new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`));
    }
    if (q.type === "numeric") expect(typeof q.numericValue).toBe("number");
  }
}
