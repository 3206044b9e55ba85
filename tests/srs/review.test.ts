import { gradeCard } from "@/lib/srs/scheduler";
import { describe, expect, it } from "vitest";
import { applyGrade, canUndo, undoLastGrade } from "@/lib/srs/review";
import { markMissedDue } from "@/lib/srs/quiz-link";
import { buildQueue } from "@/lib/srs/queue";
import { cardKey } from "@/lib/srs/card-key";
import { emptyCardsData } from "@/lib/srs/defaults";
import { cardFace, gapSentence } from "@/lib/srs/card-face";
import { fixtureDeck } from "../fixtures/cards-deck";

const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);
const DAY = 86_400_000;
const D = fixtureDeck.id;

describe("undo", () => {
  it("reverts the grade of a new card exactly: no card, no log entry", () => {
    const start = emptyCardsData();
    const graded = applyGrade(start, D, "q-mc", 3, NOW, gradeCard);
    expect(canUndo(graded)).toBe(true);
    expect(undoLastGrade(graded)).toEqual(start);
  });

  it("reverts the grade of a reviewed card to its previous state and keeps older history", () => {
    const once = applyGrade(emptyCardsData(), D, "q-mc", 4, NOW, gradeCard);
    const due = once.cards[cardKey(D, "q-mc")]!.due;
    const twice = applyGrade(once, D, "q-mc", 1, due, gradeCard);
    const undone = undoLastGrade(twice);
    expect(undone.cards).toEqual(once.cards);
    expect(undone.reviewLog).toEqual(once.reviewLog);
    // The first grade is the next to undo (issue 13 item 7), and after it nothing is.
    expect(undone.lastUndo).toEqual(once.lastUndo);
    const first = undoLastGrade(undone);
    expect(first).toEqual(emptyCardsData());
    expect(canUndo(first)).toBe(false);
    expect(undoLastGrade(first)).toBe(first);
  });

  it("gives distinct log ids to two grades in the same millisecond", () => {
    let data = applyGrade(emptyCardsData(), D, "q-mc", 1, NOW, gradeCard);
    data = applyGrade(data, D, "q-mc", 1, NOW, gradeCard);
    expect(new Set(data.reviewLog.map((e) => e.id)).size).toBe(2);
    expect(undoLastGrade(data).reviewLog).toHaveLength(1);
  });
});

describe("quiz → cards", () => {
  it("makes missed questions due now: new ones outside the new limit, learned ones keep their memory", () => {
    let data = { ...applyGrade(emptyCardsData(), D, "q-mc", 4, NOW, gradeCard), settings: { dailyNewLimit: 0 } };
    const later = NOW + DAY / 2;
    expect(buildQueue({ decks: [fixtureDeck], data, now: later, utcOffsetMinutes: 0 }).items).toEqual([]);
    data = markMissedDue(data, D, ["q-mc", "q-num"], later);
    const mc = data.cards[cardKey(D, "q-mc")]!;
    expect(mc.due).toBe(later);
    expect(mc.stability).toBeGreaterThan(0);
    const queue = buildQueue({ decks: [fixtureDeck], data, now: later, utcOffsetMinutes: 0 });
    expect(queue.items.map((i) => i.questionId).sort()).toEqual(["q-mc", "q-num"]);
    expect(queue.counts).toEqual({ new: 0, learning: 0, due: 2 });
  });

  it("leaves cards already due alone and returns the same state when nothing changes", () => {
    const data = markMissedDue(emptyCardsData(), D, ["q-mc"], NOW);
    expect(markMissedDue(data, D, ["q-mc"], NOW + 1)).toBe(data);
  });

  it("drops an undo that would cancel the quiz's request", () => {
    const graded = applyGrade(emptyCardsData(), D, "q-mc", 4, NOW, gradeCard);
    expect(markMissedDue(graded, D, ["q-mc"], NOW + 1).lastUndo).toBeNull();
    expect(markMissedDue(graded, D, ["q-num"], NOW + 1).lastUndo).not.toBeNull();
  });
});

describe("card faces", () => {
  it("front is the question; back has the answer, evidence and its link", () => {
    const face = cardFace(D, fixtureDeck.questions[0]!);
    expect(face).toMatchObject({
      front: "Where did the summit meet?",
      answer: "London",
      evidence: "The summit met in London on Sunday.",
    });
    expect(face.href).toBe(`/decks/${D}#s-0`);
  });

  it("a cloze card shows the sentence with the gap", () => {
    expect(cardFace(D, fixtureDeck.questions[1]!).front).toBe("Leaders agreed a _____ plan.");
    expect(gapSentence("No answer here.", "absent")).toBe("No answer here.");
    const typed = { ...fixtureDeck.questions[1]!, prompt: "Type the missing words: Leaders agreed a _____ plan." };
    expect(cardFace(D, typed).front).toBe("Recall the missing words: Leaders agreed a _____ plan.");
  });

  it("an ordering card lists the items to order on the front and in order on the back", () => {
    const q = {
      ...fixtureDeck.questions[1]!,
      type: "ordering" as const,
      prompt: "Put the steps in order.",
      answer: "a → b",
      items: ["a", "b"],
      choices: ["b", "a"],
    };
    expect(cardFace(D, q)).toMatchObject({
      front: "Put the steps in order.",
      items: ["b", "a"],
      answerItems: ["a", "b"],
    });
    expect(cardFace(D, fixtureDeck.questions[0]!).answerItems).toBeUndefined();
  });
});

describe("review deck", () => {
  it("keeps what a review needs and leaves the article text and facts behind", async () => {
    const { toReviewDeck } = await import("@/lib/srs/review-deck");
    const r = toReviewDeck(fixtureDeck);
    expect(r).toEqual({
      id: fixtureDeck.id,
      article: { title: fixtureDeck.article.title },
      questions: fixtureDeck.questions,
    });
    expect(JSON.stringify(r)).not.toContain(fixtureDeck.article.text);
  });
});
