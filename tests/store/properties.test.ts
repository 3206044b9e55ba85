import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreOf } from "@/lib/quiz/score";
import { persistedStateSchema } from "@/lib/schemas/persisted";
import { fixtureDeck, q } from "../fixtures/deck";
import { storeWith, T0 } from "./helpers";

const deckId = fixtureDeck.id;
const ids = fixtureDeck.questions.map((x) => x.id);

/** A random session: clicks on any question with any answer, "next" presses, in any order. */
const action = fc.oneof(
  fc.record({ kind: fc.constant("answer" as const), id: fc.constantFrom(...ids), right: fc.boolean() }),
  fc.record({ kind: fc.constant("next" as const) }),
);

describe("store invariants (fast-check)", () => {
  it("each question is scored at most once, score ≤ answered ≤ asked, and the state survives a reload", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom("practice", "test"),
        fc.array(action, { maxLength: 30 }),
        async (seed, mode, actions) => {
          const { store, kv } = await storeWith();
          store.getState().startQuiz({
            deck: fixtureDeck,
            settings: {
              count: 0,
              types: ["multiple-choice", "true-false", "cloze", "numeric", "who-said", "ordering"],
              mode,
            },
            seed,
            now: T0,
          });
          actions.forEach((act, i) => {
            const now = T0 + (i + 1) * 1000;
            if (act.kind === "next") return store.getState().next({ deckId, now });
            const question = q(act.id);
            const given = act.right ? (question.items ? question.items.join(" → ") : question.answer) : "wrong";
            store.getState().answer({ deckId, question, given, now });
          });
          const a = store.getState().quiz.active[deckId]!;
          const answered = a.answers.map((r) => r.questionId);
          expect(new Set(answered).size).toBe(answered.length);
          expect(answered).toEqual(a.questionIds.slice(0, answered.length));
          const s = scoreOf(a);
          expect(s.correct).toBeLessThanOrEqual(s.total);
          expect(s.total).toBeLessThanOrEqual(a.questionIds.length);
          expect(persistedStateSchema.safeParse({ quiz: store.getState().quiz }).success).toBe(true);
          const { store: reloaded } = await storeWith(Object.fromEntries(kv.data));
          expect(reloaded.getState().quiz).toEqual(store.getState().quiz);
          expect(reloaded.getState().meta.notices).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
