import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";
import { findMentions } from "@/lib/generate/entities";
import { generateDeck } from "@/lib/generate/deck";
import { expectDeckInvariants } from "./invariants";

const kinds = (text: string) => new Map(findMentions(splitSentences(text)).map((m) => [m.text, m.kind]));
const names = (text: string) => findMentions(splitSentences(text)).map((m) => m.name);

describe("what a name is, from the words around it", () => {
  it("a name after 'the town of' is a place, even when the lexicon knows it as a first name", () => {
    const k = kinds(
      "Aranda met rescue teams in the town of Puerto Alba on Monday. The village of San Telmo was flooded.",
    );
    expect(k.get("Puerto Alba")).toBe("place");
    expect(k.get("San Telmo")).toBe("place");
  });

  it("a name after 'the charity' or 'rival', or that 'its' refers to, is a body", () => {
    const k = kinds(
      "Lucy Fairbanks, director of the charity Young Minds Matter, spoke first. J.P. Morgan raised its target to $62 on Friday.",
    );
    expect(k.get("Young Minds Matter")).toBe("organization");
    expect(k.get("J.P. Morgan")).toBe("organization");
    expect(k.get("Lucy Fairbanks")).toBe("person");
  });

  it("a hyphenated given name split by the tagger is still a person", () => {
    const text =
      "In the functional constituency, pan-democracy camp's Kwong Chun-yu of the Democratic Party received 491,667 votes.";
    expect(kinds(text).get("Kwong Chun-yu")).toBe("person");
  });

  it("post-nominal letters are no part of a name, so the surname alone is the same person", () => {
    const found = findMentions(
      splitSentences("Prosecutor Helen Ashworth KC told the jury the truth. Later, Ashworth said the case was clear."),
    );
    expect(found.map((m) => m.name)).toEqual(["Helen Ashworth", "Helen Ashworth"]);
  });

  it("an abbreviation's period belongs to a firm's name mid-sentence, and '& Co.' joins it", () => {
    const n = names(
      "Halvorsen Foods Inc. reported a profit on Thursday. Shares of rival Brennan & Co. fell by a third.",
    );
    expect(n).toContain("Halvorsen Foods Inc.");
    expect(n).toContain("Brennan & Co.");
    expect(n).not.toContain("Co.");
  });

  it("a title that opens the sentence is kept whole ('Prime Minister', not 'Minister'); 'Professor' is no title to ask", () => {
    const found = findMentions(
      splitSentences("Prime Minister Tomas Aranda flew over the area. Professor Alan Whitfield was not involved."),
    );
    expect(found.find((m) => m.name === "Tomas Aranda")?.role).toBe("Prime Minister");
    expect(found.find((m) => m.name === "Alan Whitfield")?.role).toBeUndefined();
  });

  it("a surname that starts a firm's name is the firm, not its founder", () => {
    const found = findMentions(
      splitSentences(
        "Halvorsen Foods Inc. made a profit in the year. Halvorsen raised its forecast again. It was founded by the fisherman Olav Halvorsen in 1952.",
      ),
    );
    expect(found.filter((m) => m.text === "Halvorsen").map((m) => m.kind)).toEqual(["organization"]);
  });
});

describe("who said it: choices of the speaker's kind", () => {
  const text = [
    'The charity Young Minds Matter said: "Parents often feel guilty about taking phones away from their children at night."',
    'Dr. Hannah Okoro said: "Sleep is not just a symptom of poor mental health in young people."',
    'Professor Alan Whitfield said: "This is an observational study, so it cannot prove the cause on its own."',
    'Health Minister Rachel Dunmore said: "We want every young person to have the best possible start in life."',
  ].join(" ");

  it("never offers a body among people, nor calls a body the speaker of a person's words", () => {
    const deck = generateDeck({ title: "Sleep study", text });
    expectDeckInvariants(deck);
    const whoSaid = deck.questions.filter((q) => q.type === "who-said" && q.answer !== "Young Minds Matter");
    expect(whoSaid.length).toBeGreaterThan(0);
    for (const q of whoSaid) expect(q.choices).not.toContain("Young Minds Matter");
    // A false "X said" statement names another speaker of the quote's own kind.
    for (const q of deck.questions.filter((x) => x.type === "true-false" && /Young Minds Matter said/.test(x.prompt)))
      expect(q.answer).toBe("True");
  });
});
