import { describe, expect, it } from "vitest";
import { builtinDecks } from "@/lib/decks/builtin";
import { checkAnswer, formatOrdering } from "@/lib/quiz/check-answer";

// Whatever the generator writes, the checker must accept the deck's own answers and reject its distractors.
describe.each(builtinDecks.map((d) => [d.id, d] as const))("built-in deck %s", (_, deck) => {
  it.each(deck.questions.map((q) => [q.id, q] as const))(
    "%s: its answer and accepted forms pass, its wrong choices fail",
    (_, q) => {
      if (q.type === "ordering") {
        expect(checkAnswer(q, formatOrdering(q.items ?? []))).toBe(true);
        const shuffled = q.choices ?? [];
        if (shuffled.join() !== (q.items ?? []).join()) expect(checkAnswer(q, formatOrdering(shuffled))).toBe(false);
        return;
      }
      expect(checkAnswer(q, q.answer)).toBe(true);
      for (const form of q.acceptedAnswers ?? []) expect(checkAnswer(q, form), form).toBe(true);
      for (const c of q.choices ?? []) if (c !== q.answer) expect(checkAnswer(q, c), c).toBe(false);
      expect(checkAnswer(q, "zzz 987654321")).toBe(false);
    },
  );
});
