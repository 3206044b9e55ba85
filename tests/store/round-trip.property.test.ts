// Issue 12, "what the app accepts, it can read back": any state reached through random store actions and
// imports (long answers, odd ids, far and backward clocks included) saves and loads back equal, with no notice.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Deck } from "@/lib/schemas/deck";
import { deckSchema } from "@/lib/schemas/deck";
import { gradeCard } from "@/lib/srs/scheduler";
import { parseProgressFile } from "@/lib/transfer/import-progress";
import { buildProgressFile } from "@/lib/transfer/export-progress";
import { STORE_NAME } from "@/lib/store/app-store";
import { fixtureDeck } from "../fixtures/deck";
import { progressData } from "../transfer/arbitraries";
import { storeWith, T0 } from "./helpers";

const types = ["multiple-choice", "true-false", "cloze", "numeric", "who-said", "ordering"] as const;
const oddText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ minLength: 190, maxLength: 260 }),
);

/** The fixture deck under another id, its question ids replaced (a deck file as anyone may write one). */
const deckArb: fc.Arbitrary<Deck> = fc
  .tuple(
    fc.oneof(fc.constant(fixtureDeck.id), fc.stringMatching(/^[a-z0-9-]{4,20}$/), fc.string({ maxLength: 10 })),
    fc.uniqueArray(oddText, { minLength: fixtureDeck.questions.length, maxLength: fixtureDeck.questions.length }),
  )
  .map(([id, qids]) => ({
    ...fixtureDeck,
    id,
    questions: fixtureDeck.questions.map((q, i) => ({ ...q, id: qids[i]! })),
  }));

/** One odd value put into an imported file (ids, strings, dates): it is refused, or it must read back. */
const spoil = fc.tuple(
  fc.constantFrom("deckId", "questionId", "given", "finishedAt", "due", "exportedAt"),
  fc.oneof(
    oddText,
    fc.constantFrom("ABC", "Deck X", "q\nx", "x".repeat(2001)),
    fc.constantFrom(-1, 8640000000000001, Number.MAX_SAFE_INTEGER, 253402300799999),
  ),
);

const time = fc.integer({ min: -3 * 86_400_000, max: 400 * 86_400_000 }); // offsets from T0: backward and far ahead
const deckIndex = fc.nat(2);
const action = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("start" as const),
      deck: deckIndex,
      mode: fc.constantFrom("practice" as const, "test" as const),
      seed: fc.nat(),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("answer" as const),
      deck: deckIndex,
      given: fc.oneof(fc.string({ maxLength: 20 }), fc.string({ minLength: 1990, maxLength: 5000 })),
      right: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("next" as const), deck: deckIndex }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("grade" as const),
      deck: deckIndex,
      q: fc.nat(20),
      grade: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    }),
  },
  fc.record({ kind: fc.constant("undo" as const) }),
  fc.record({ kind: fc.constant("close" as const), deck: deckIndex }),
  fc.record({ kind: fc.constant("forget" as const), deck: deckIndex }),
  fc.record({ kind: fc.constant("reset" as const) }),
  fc.record({ kind: fc.constant("limit" as const), limit: fc.integer({ min: -5, max: 20_000 }) }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("import" as const),
      data: progressData,
      mode: fc.constantFrom("replace" as const, "merge" as const),
      spoil: fc.option(spoil),
    }),
  },
);

describe("saved state round trip (fast-check)", () => {
  it("any state reached by actions and imports saves and loads back equal, with no notice", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(deckArb, { minLength: 3, maxLength: 3 }),
        fc.array(fc.tuple(action, time), { maxLength: 25 }),
        async (candidates, actions) => {
          // Only decks the deck schema accepts reach the store (a refused deck file is never opened).
          const decks = candidates.map((d) => (deckSchema.safeParse(d).success ? d : fixtureDeck));
          const { store, kv } = await storeWith();
          const s = () => store.getState();
          for (const [act, offset] of actions) {
            const now = T0 + offset;
            const deck = "deck" in act ? decks[act.deck]! : fixtureDeck;
            switch (act.kind) {
              case "start":
                s().startQuiz({ deck, settings: { count: 0, types: [...types], mode: act.mode }, seed: act.seed, now });
                break;
              case "answer": {
                const a = s().quiz.active[deck.id];
                const question = a && deck.questions.find((x) => x.id === a.questionIds[a.current]);
                if (question)
                  s().answer({ deckId: deck.id, question, given: act.right ? question.answer : act.given, now });
                break;
              }
              case "next":
                s().next({ deckId: deck.id, now });
                break;
              case "grade": {
                const question = deck.questions[act.q % deck.questions.length]!;
                s().gradeCard({ deckId: deck.id, questionId: question.id, grade: act.grade, now, schedule: gradeCard });
                break;
              }
              case "undo":
                s().undoGrade();
                break;
              case "close":
                s().closeQuiz(deck.id);
                break;
              case "forget":
                s().forgetDeck(deck.id, now);
                break;
              case "reset":
                s().resetProgress(now);
                break;
              case "limit":
                s().setDailyNewLimit(act.limit);
                break;
              case "import": {
                // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file spoiled on purpose, field by field
                const file: any = structuredClone(buildProgressFile(act.data.quiz, act.data.cards, now));
                if (act.spoil) {
                  const [field, value] = act.spoil;
                  const card = file.cards.cards[0];
                  const attempt = file.quiz.attempts[0];
                  if (field === "exportedAt") file.exportedAt = value;
                  else if (field === "due" && card) card.due = value;
                  else if (field === "finishedAt" && attempt) attempt.finishedAt = value;
                  else if (field === "given" && attempt?.answers[0]) attempt.answers[0].given = value;
                  else if (card) card[field] = value;
                }
                const parsed = parseProgressFile(JSON.stringify(file));
                if (parsed.ok) s().importProgress({ file: parsed.file, mode: act.mode, now });
                break;
              }
            }
          }
          expect(s().meta.notices).toEqual([]);
          if (!kv.data.has(STORE_NAME)) return;
          const { store: reloaded } = await storeWith(Object.fromEntries(kv.data));
          expect(reloaded.getState().meta.notices).toEqual([]);
          for (const k of ["quiz", "cards", "tombstones"] as const) expect(reloaded.getState()[k]).toEqual(s()[k]);
        },
      ),
      { numRuns: 120 },
    );
  });
});
