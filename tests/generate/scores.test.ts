import { describe, expect, it } from "vitest";
import { findScores, nearbyScores } from "@/lib/generate/scores";
import { generateDeck } from "@/lib/generate/deck";
import { expectDeckInvariants } from "./invariants";

const REPORT = [
  "Northfield beat Dunmore 3-1 on Saturday to stay top of the league after a tense match at Kingsway Park.",
  "Dunmore had won the first meeting between the clubs 2–0 in August, when Tom Reed scored twice in the second half.",
  "A 1-1 draw with Westport last week had ended Northfield's run of five straight wins in the league.",
  "Manager Alan Price said his players had shown great character all season long.",
].join(" ");

describe("match scores", () => {
  it("finds scores in a sentence about a game, with either dash", () => {
    expect(findScores("They beat Dunmore 3-1 on Saturday.").map((s) => s.text)).toEqual(["3-1"]);
    expect(findScores("Sweden defeated Korea 1 – 0 in the match.").map((s) => [s.left, s.right])).toEqual([[1, 0]]);
  });

  it("is no score in an age band, a court vote or a sentence not about a game", () => {
    expect(findScores("Pupils aged 13-17 won places at the final.")).toEqual([]);
    expect(findScores("The court ruled 5-4 in the final appeal.")).toEqual([]);
    expect(findScores("The 9-5 working day is changing.")).toEqual([]);
  });

  it("gives wrong scores that keep the outcome: a win stays a win, a draw a draw", () => {
    for (const s of nearbyScores(3, 1, "-")) expect(Number(s.split("-")[0])).toBeGreaterThan(Number(s.split("-")[1]));
    for (const s of nearbyScores(1, 1, "-")) expect(s.split("-")[0]).toBe(s.split("-")[1]);
    expect(nearbyScores(2, 0, "–")).not.toContain("2–0");
    expect(nearbyScores(2, 0, "–").every((s) => s.includes("–"))).toBe(true);
  });

  it("asks which score fills the blank, with score choices of the same outcome and dash", () => {
    const deck = generateDeck({ title: "Northfield stay top", text: REPORT });
    expectDeckInvariants(deck);
    const q = deck.questions.find((x) => x.type === "multiple-choice" && x.answer === "3-1");
    expect(q, "a question on the 3-1 win").toBeDefined();
    expect(q!.choices).toHaveLength(4);
    for (const c of q!.choices!) expect(c).toMatch(/^(\d+)-(\d+)$/);
    for (const c of q!.choices!) expect(Number(c.split("-")[0])).toBeGreaterThan(Number(c.split("-")[1]));
    // The article's other win is offered (written with this question's dash).
    expect(q!.choices).toContain("2-0");
    const draw = deck.questions.find((x) => x.type === "multiple-choice" && x.answer === "1-1");
    expect(draw?.choices?.every((c) => c.split("-")[0] === c.split("-")[1])).toBe(true);
  });

  it("does not ask a score the headline already gives", () => {
    // Every candidate: the selection may prefer another question on the 2–0 sentence, but never the headline's score.
    const deck = generateDeck({ title: "Northfield beat Dunmore 3–1 to stay top", text: REPORT }, { all: true });
    expect(deck.questions.some((x) => x.answer === "3-1")).toBe(false);
    expect(deck.questions.some((x) => x.answer === "2–0")).toBe(true);
  });
});
