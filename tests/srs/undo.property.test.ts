import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyGrade, canUndo, undoLastGrade } from "@/lib/srs/review";
import { markMissedDue } from "@/lib/srs/quiz-link";
import { cardKey } from "@/lib/srs/card-key";
import { emptyCardsData } from "@/lib/srs/defaults";
import { gradeCard } from "@/lib/srs/scheduler";
import { cardsDataSchema, type CardsData, type Grade } from "@/lib/schemas/cards";
import { MAX_UNDO } from "@/lib/schemas/limits";
import { undoSteps } from "@/lib/srs/undo";
import { fixtureDeck, otherDeck } from "../fixtures/cards-deck";
import { openTab, storageWith } from "../faults/helpers";

// Issue 13 item 7: undo goes back through many grades, as Anki's does, each card put back exactly.

const NOW = Date.UTC(2026, 2, 3, 9, 0);
const MIN = 60_000;
const DAY = 86_400_000;
const questions = [
  ...fixtureDeck.questions.map((q) => [fixtureDeck.id, q.id] as const),
  ...otherDeck.questions.map((q) => [otherDeck.id, q.id] as const),
];

const gradeArb = fc.record({
  card: fc.nat({ max: questions.length - 1 }),
  grade: fc.constantFrom<Grade>(1, 2, 3, 4),
  // Within one day in all: nothing is folded, so the whole state comes back.
  after: fc.integer({ min: 0, max: 30 * MIN }),
});

function grade(data: CardsData, g: { card: number; grade: Grade }, now: number): CardsData {
  const [deckId, questionId] = questions[g.card]!;
  return applyGrade(data, deckId, questionId, g.grade, now, gradeCard);
}

describe("undo many grades (fast-check)", () => {
  it("undone k times, the cards, the log and the undo history are as they were k grades ago", () => {
    fc.assert(
      fc.property(fc.array(gradeArb, { minLength: 1, maxLength: MAX_UNDO + 8 }), fc.nat(), (gs, pick) => {
        const states: CardsData[] = [emptyCardsData()];
        let now = NOW;
        for (const g of gs) {
          now += g.after;
          states.push(grade(states.at(-1)!, g, now));
        }
        const reach = Math.min(gs.length, MAX_UNDO);
        const k = 1 + (pick % reach);
        let data = states.at(-1)!;
        for (let i = 0; i < k; i++) data = undoLastGrade(data);
        const then = states[gs.length - k]!;
        expect(data.cards).toEqual(then.cards);
        expect(data.reviewLog).toEqual(then.reviewLog);
        // The history goes back as far as it reached: older grades than MAX_UNDO before the last are forgotten.
        const left = gs.length - k - Math.max(0, gs.length - MAX_UNDO);
        const thenSteps = undoSteps(then);
        expect(undoSteps(data)).toEqual(thenSteps.slice(thenSteps.length - left));
        expect(cardsDataSchema.safeParse(data).success).toBe(true);
        // Undone as far as it goes, nothing more to undo.
        for (let i = k; i < reach; i++) data = undoLastGrade(data);
        expect(canUndo(data)).toBe(false);
        expect(undoLastGrade(data)).toBe(data);
      }),
      { numRuns: 150 },
    );
  });

  it("with long breaks and quiz misses between grades, each undo puts back its card exactly and leaves valid data", () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("grade" as const),
        card: fc.nat({ max: questions.length - 1 }),
        grade: fc.constantFrom<Grade>(1, 2, 3, 4),
        after: fc.integer({ min: 0, max: 40 * DAY }),
      }),
      fc.record({
        kind: fc.constant("miss" as const),
        card: fc.nat({ max: questions.length - 1 }),
        after: fc.integer({ min: 0, max: DAY }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.nat({ max: 45 }), (steps, undos) => {
        let data = emptyCardsData();
        let now = NOW;
        // The card as it was before each grade, by the grade's log id.
        const before = new Map<string, CardsData["cards"][string] | undefined>();
        for (const s of steps) {
          now += s.after;
          const [deckId, questionId] = questions[s.card]!;
          if (s.kind === "miss") {
            data = markMissedDue(data, deckId, [questionId], now);
            continue;
          }
          const was = data.cards[cardKey(deckId, questionId)];
          data = applyGrade(data, deckId, questionId, s.grade, now, gradeCard);
          before.set(data.lastUndo!.logId, was);
        }
        for (let i = 0; i < undos && canUndo(data); i++) {
          const step = data.lastUndo!;
          const next = undoLastGrade(data);
          expect(next.cards[step.key]).toEqual(before.get(step.logId));
          for (const [key, card] of Object.entries(data.cards))
            if (key !== step.key) expect(next.cards[key]).toEqual(card);
          expect(next.reviewLog.some((e) => e.id === step.logId)).toBe(false);
          expect(next.reviewLog.length).toBe(data.reviewLog.length - 1);
          expect(cardsDataSchema.safeParse(next).success).toBe(true);
          data = next;
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("undo across a reload", () => {
  it("the grades of a session are undone after a reload, one after another, and the save stays valid", async () => {
    const kv = storageWith();
    const tab = await openTab(kv);
    const states = [tab.getState().cards];
    for (let i = 0; i < 4; i++) {
      const [deckId, questionId] = questions[i % 3]!;
      tab
        .getState()
        .gradeCard({ deckId, questionId, grade: ((i % 4) + 1) as Grade, now: NOW + i * MIN, schedule: gradeCard });
      states.push(tab.getState().cards);
    }
    const again = await openTab(kv);
    expect(again.getState().meta.notices).toEqual([]);
    expect(again.getState().cards).toEqual(states[4]);
    for (let k = 1; k <= 4; k++) {
      again.getState().undoGrade();
      expect(again.getState().cards.cards).toEqual(states[4 - k]!.cards);
      expect(again.getState().cards.reviewLog).toEqual(states[4 - k]!.reviewLog);
      // What is saved reads back as it is, with the same schema.
      const reread = await openTab(kv);
      expect(reread.getState().meta.notices).toEqual([]);
      expect(reread.getState().cards).toEqual(again.getState().cards);
    }
    expect(again.getState().cards.lastUndo).toBeNull();
  });
});
