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
    expect(editQuestion(byId("q-tf"), { prompt: "p", answer: "False" })).toMatchObject({ ok: true, question: { answer: "False" } });
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
