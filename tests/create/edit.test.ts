import { describe, expect, it } from "vitest";
import { dropQuestion, editQuestion, replaceQuestion } from "@/lib/create/edit";
import { questionSchema } from "@/lib/schemas/deck";
import { sampleDeck } from "./fixtures";

const deck = sampleDeck();
const byId = (id: string) => deck.questions.find((q) => q.id === id)!;

describe("editQuestion", () => {
  it("changes a multiple-choice answer and the matching choice, keeping id and evidence", () => {
    const r = editQuestion(byId("q-mc"), { prompt: "Who leads Harbourton?", answer: "Mayor Ellen Price" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.question).toMatchObject({ id: "q-mc", prompt: "Who leads Harbourton?", answer: "Mayor Ellen Price" });
    expect(r.question.choices).toEqual(["Mayor Ellen Price", "John Reed", "Ana Lopez"]);
    expect(r.question.evidence).toEqual(byId("q-mc").evidence);
    expect(questionSchema.safeParse(r.question).success).toBe(true);
  });

  it("refuses an answer that equals a wrong choice, and empty fields", () => {
    expect(editQuestion(byId("q-mc"), { prompt: "Who?", answer: "John Reed" }).ok).toBe(false);
    expect(editQuestion(byId("q-mc"), { prompt: " ", answer: "x" }).ok).toBe(false);
    expect(editQuestion(byId("q-mc"), { prompt: "Who?", answer: "" }).ok).toBe(false);
  });

  it("lets a true/false answer be only one of its choices", () => {
    expect(editQuestion(byId("q-tf"), { prompt: "p", answer: "False" })).toMatchObject({
      ok: true,
      question: { answer: "False" },
    });
    expect(editQuestion(byId("q-tf"), { prompt: "p", answer: "Maybe" }).ok).toBe(false);
  });

  it("re-reads a numeric answer and drops equivalent forms of the old one", () => {
    const r = editQuestion(byId("q-num"), { prompt: "How many?", answer: "9,500" });
    expect(r).toMatchObject({ ok: true, question: { answer: "9,500", numericValue: 9500 } });
    expect(r.ok && r.question.acceptedAnswers).toBeUndefined();
    expect(editQuestion(byId("q-num"), { prompt: "How many?", answer: "lots" }).ok).toBe(false);
  });

  it("keeps accepted answers when only the prompt changes", () => {
    const r = editQuestion(byId("q-cloze"), { prompt: "New prompt ____", answer: "Ellen Price" });
    expect(r.ok && r.question.acceptedAnswers).toEqual(["Price"]);
  });
});

describe("dropQuestion / replaceQuestion", () => {
  it("drops only the named question and replaces in place", () => {
    expect(dropQuestion(deck, "q-tf").questions.map((q) => q.id)).toEqual(["q-mc", "q-num", "q-cloze"]);
    expect(dropQuestion(deck, "nope").questions).toHaveLength(4);
    const edited = replaceQuestion(deck, { ...byId("q-num"), prompt: "Edited" });
    expect(edited.questions[2]?.prompt).toBe("Edited");
    expect(deck.questions[2]?.prompt).not.toBe("Edited");
  });
});

// Issue 13 item 14: the choices of a multiple-choice question can be edited too.
describe("editing choices", () => {
  const mc = () => byId("q-mc");
  it("takes edited choices with the answer among them, and the deck schema accepts the question", () => {
    const r = editQuestion(mc(), {
      prompt: mc().prompt,
      answer: mc().answer,
      choices: [mc().answer, "Someone Else", "A Third Person"],
    });
    expect(r).toMatchObject({
      ok: true,
      question: { id: "q-mc", answer: mc().answer, choices: [mc().answer, "Someone Else", "A Third Person"] },
    });
    if (r.ok) expect(questionSchema.safeParse(r.question).success).toBe(true);
    // A new answer given with new choices that hold it.
    const both = editQuestion(mc(), {
      prompt: "Who?",
      answer: "Mayor Ellen Price",
      choices: ["John Reed", "Mayor Ellen Price"],
    });
    expect(both).toMatchObject({
      ok: true,
      question: { answer: "Mayor Ellen Price", choices: ["John Reed", "Mayor Ellen Price"] },
    });
    if (both.ok) expect(questionSchema.safeParse(both.question).success).toBe(true);
  });

  it("refuses choices without the answer, a choice twice (whatever its capitals), an empty one, or fewer than two", () => {
    const other = mc().choices!.find((c) => c !== mc().answer)!;
    expect(editQuestion(mc(), { prompt: "p", answer: mc().answer, choices: [other, "Nobody"] })).toMatchObject({
      ok: false,
      message: expect.stringContaining("must be one of the choices"),
    });
    expect(
      editQuestion(mc(), { prompt: "p", answer: mc().answer, choices: [mc().answer, other, other.toUpperCase()] }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("is a choice twice") });
    expect(editQuestion(mc(), { prompt: "p", answer: mc().answer, choices: [mc().answer, " ", other] })).toMatchObject({
      ok: false,
      message: expect.stringContaining("cannot be empty"),
    });
    expect(editQuestion(mc(), { prompt: "p", answer: mc().answer, choices: [mc().answer] })).toMatchObject({
      ok: false,
      message: "Give at least two choices.",
    });
  });

  it("unchanged choices keep the old rule: a new answer replaces the old one among them", () => {
    const r = editQuestion(mc(), { prompt: "p", answer: "Mayor Ellen Price", choices: mc().choices });
    expect(r).toMatchObject({
      ok: true,
      question: { choices: mc().choices!.map((c) => (c === mc().answer ? "Mayor Ellen Price" : c)) },
    });
  });
});
