import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate/deck";
import type { Deck } from "@/lib/schemas/deck";
import { expectDeckInvariants } from "./invariants";

const BODY =
  "Harbor Foods said on Thursday that its quarterly profit rose to $3.2 billion as it opened 40 new stores in Ohio and Texas. " +
  "Harbor Foods employs more than 60,000 people in 12 countries, it said in a statement. " +
  '"We are very proud of what our teams achieved this year," Chief Executive Dana Whitfield told reporters on Thursday. ' +
  "Sales in Canada rose 7 percent to $410 million, 15 percent to $95 million in Mexico, 4 percent to $60 million in Brazil and 9 percent to $88 million in Chile. " +
  "Analysts at Morgan Lane had expected a profit of $2.9 billion, with 40 new stores, according to the Reuters News agency.";

// Every candidate: these tests check the question builders; selection has its own tests.
const make = (title = "Harbor Foods reports results") =>
  generateDeck({ title, publishedAt: "2025-03-07", text: BODY }, { all: true });
const sentenceQuestions = (deck: Deck, start: number) =>
  deck.questions.filter(
    (q) =>
      q.evidence.start === start &&
      ["multiple-choice", "numeric", "cloze", "true-false"].includes(q.type) &&
      !/^(?:According|What title|True or false\? (?:The article|.* said:))/.test(q.prompt),
  );

describe("question mix", () => {
  it("asks one fill-in question per amount: a choice or a typed answer, never both", () => {
    const deck = make();
    expectDeckInvariants(deck);
    for (const fact of deck.facts.filter((f) => f.kind === "money" || f.kind === "quantity")) {
      const fills = deck.questions.filter(
        (q) => q.factId === fact.id && (q.type === "multiple-choice" || q.type === "numeric"),
      );
      expect(fills.length, fact.value).toBeLessThanOrEqual(1);
    }
  });

  it("asks a bound ('more than 60,000') as a typed number, since smaller choices would also be true", () => {
    const deck = make();
    const bound = deck.questions.filter((q) => q.answer === "60,000");
    expect(bound.map((q) => q.type)).toContain("numeric");
    expect(bound.some((q) => q.type === "multiple-choice")).toBe(false);
  });

  it("does not ask a value the title already states, and does ask it under a neutral title", () => {
    expect(
      make("Analysts had expected a $2.9 billion profit at Harbor Foods").questions.some(
        (q) => q.answer === "$2.9 billion",
      ),
    ).toBe(false);
    expect(make().questions.some((q) => q.answer === "$2.9 billion")).toBe(true);
  });

  it("asks a repeated value once (the second mention would be the same question)", () => {
    const text =
      "The city council approved a budget that pays for 40 new buses across the northern districts this year. " +
      "Transport officials said the 40 new buses would replace vehicles that are more than twenty years old. " +
      "The council also agreed to hire 250 drivers before the end of the summer holiday season.";
    const deck = generateDeck({ title: "Council budget", publishedAt: "2025-03-07", text }, { all: true });
    const buses = deck.questions.filter(
      (q) => (q.type === "multiple-choice" || q.type === "numeric") && q.answer === "40",
    );
    expect(buses).toHaveLength(1);
    expect(buses[0]!.evidence.sentence).toMatch(/^The city council/);
  });

  it("does not blank the speaker of a quote in the quote's own sentence (the who-said question asks it)", () => {
    const text =
      "British Prime Minister Keir Starmer met Ukrainian President Volodymyr Zelensky in London on Saturday to discuss the war. " +
      // A third person: a who-said question offers at least three names (2.5).
      "Foreign Secretary David Lammy joined the talks later in the day. " +
      '"This will be vital for protecting critical infrastructure and strengthening the country," Starmer told a press conference at the summit. ' +
      '"We are ready to work for a lasting peace with all our partners in Europe," Zelensky said after the meeting in the capital.';
    const deck = generateDeck({ title: "Leaders meet", publishedAt: "2025-03-03", text }, { all: true });
    expect(deck.questions.some((q) => q.type === "who-said" && q.answer === "Keir Starmer")).toBe(true);
    const blanks = deck.questions.filter(
      (q) => q.prompt.includes("_____") && q.evidence.sentence.startsWith('"This will'),
    );
    expect(blanks.some((q) => /Starmer/.test(q.answer))).toBe(false);
  });

  it("caps the questions quoting one sentence and keeps their types mixed", () => {
    const deck = make();
    const start = deck.article.text.indexOf("Sales in Canada");
    const qs = sentenceQuestions(deck, start);
    expect(qs.length).toBeGreaterThanOrEqual(3);
    expect(qs.length).toBeLessThanOrEqual(5);
    expect(new Set(qs.map((q) => q.type)).size).toBeGreaterThanOrEqual(2);
  });
});

describe("self-answering counts", () => {
  it("does not ask 'Two' when the sentence then names two people, even with their parties", () => {
    const text =
      "Two pan-democratic veteran politicians Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL were defeated in this constituency, with Junius Ho defeating Lee Cheuk-yan by about five thousand votes. " +
      "Officials said that 4,500 voters took part in the vote in the district, more than in the previous election.";
    const deck = generateDeck({ title: "Election", publishedAt: "2016-09-09", text });
    expect(deck.questions.some((q) => /^two$/i.test(q.answer))).toBe(false);
    expect(deck.questions.some((q) => q.answer === "4,500")).toBe(true);
  });
});

describe("ages", () => {
  it("asks 'Name, 47, of Town' and 'aged 34' as ages with plausible ages as choices, never a range end", () => {
    const text =
      "Daniel Ortega Reyes, 47, of Springfield, pleaded guilty in October to 12 counts of wire fraud at the county court. " +
      "A second man aged 34 was charged with helping him move the money, police said on Friday. " +
      "Prosecutors said Reyes targeted customers aged between 71 and 94 at the bank.";
    const deck = generateDeck({ title: "Court", publishedAt: "2025-03-07", text }, { all: true });
    expectDeckInvariants(deck);
    const ages = deck.facts.filter((f) => f.unit === "age").map((f) => f.value);
    expect(ages).toEqual(["47", "34"]);
    const asked = deck.questions.filter((q) => q.type !== "true-false" && (q.answer === "47" || q.answer === "34"));
    expect(asked.length).toBeGreaterThanOrEqual(1);
    for (const q of asked) for (const c of q.choices ?? []) expect(Number(c)).toBeLessThanOrEqual(110);
  });
});
