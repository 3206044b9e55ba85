// Issue 12, items 1 and 3: one limit for an answer and for a question id on every write path (answer box,
// store, deck file), so nothing the app accepts makes its saved progress unreadable on the next load.
import { describe, expect, it } from "vitest";
import { deckSchema } from "@/lib/schemas/deck";
import { MAX_ANSWER_LENGTH } from "@/lib/schemas/limits";
import { fixtureDeck } from "../fixtures/deck";
import { DAY, DECK, T0, answerCurrent, grade, openTab, richSave, storageWith } from "./helpers";

describe("an answer over 2,000 characters", () => {
  it("is kept cut to the limit, and progress loads back whole on the next visit", async () => {
    const kv = storageWith(await richSave());
    const tab = await openTab(kv);
    const a = tab.getState().quiz.active[DECK]!;
    const long = "x".repeat(5000);
    answerCurrent(tab, T0 + 3 * DAY, long);
    const given = a.questionIds[a.current]!;
    const again = await openTab(kv);
    expect(again.getState().meta.notices).toEqual([]);
    const record = again.getState().quiz.active[DECK]!.answers.find((r) => r.questionId === given)!;
    expect(record.given).toBe("x".repeat(MAX_ANSWER_LENGTH));
    expect(again.getState().quiz.attempts.length).toBe(tab.getState().quiz.attempts.length);
  });
});

describe("question ids and card keys share one limit", () => {
  it("a deck file with a 250-character question id is refused; 200 characters are fine and load back", async () => {
    const deck = structuredClone(fixtureDeck);
    deck.questions[0]!.id = "q".repeat(250);
    expect(deckSchema.safeParse(deck).success).toBe(false);
    deck.questions[0]!.id = "q".repeat(200);
    expect(deckSchema.safeParse(deck).success).toBe(true);
    const kv = storageWith();
    const tab = await openTab(kv);
    grade(tab, "q".repeat(200), T0);
    const again = await openTab(kv);
    expect(again.getState().meta.notices).toEqual([]);
    expect(again.getState().cards.reviewLog).toHaveLength(1);
  });

  it("a question id with a newline is refused by the deck schema", () => {
    const deck = structuredClone(fixtureDeck);
    deck.questions[0]!.id = "q\nx";
    expect(deckSchema.safeParse(deck).success).toBe(false);
  });
});
