import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
import { distractorsFor } from "@/lib/generate/distractors";
import { findQuantities } from "@/lib/generate/quantities";
import { findMoney } from "@/lib/generate/money";
import { generateDeck } from "@/lib/generate/deck";
import { sameThing } from "@/lib/generate/equivalence";
import { expectDeckInvariants } from "./invariants";

function wrongFor(text: string, value: string, publishedAt?: string) {
  const { facts, mentions } = extractFacts(splitSentences(text), publishedAt);
  const fact = facts.find((f) => f.value === value)!;
  expect(fact, value).toBeDefined();
  return distractorsFor(fact, fact.value, fact.sentence.text, { facts, mentions, publishedAt }, 3);
}

describe("distractors a learner cannot rule out at a glance", () => {
  it("years: a past event gets past years, not next-door ones, and no year a generation away", () => {
    const wrong = wrongFor(
      "The club was founded in 1952 by local fishermen. It will open a new plant in 2028 near the harbour.",
      "1952",
      "2026-11-20",
    );
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(Math.abs(Number(w) - 1952)).toBeGreaterThan(1);
    expect(wrong).not.toContain("2028");
    const future = wrongFor(
      "The club was founded in 1952 by local fishermen. It will open a new plant in 2028 near the harbour.",
      "2028",
      "2026-11-20",
    );
    for (const w of future) expect(Number(w)).toBeGreaterThan(2026);
  });

  it("countries: from the answer's part of the world", () => {
    const wrong = wrongFor("The charity director bought a villa in Spain with money from the fund.", "Spain");
    expect(wrong).toHaveLength(3);
    for (const w of wrong)
      expect([
        "Austria",
        "Belgium",
        "Britain",
        "Denmark",
        "England",
        "Finland",
        "France",
        "Germany",
        "Greece",
        "Hungary",
        "Ireland",
        "Italy",
        "Netherlands",
        "Norway",
        "Poland",
        "Portugal",
        "Romania",
        "Russia",
        "Scotland",
        "Sweden",
        "Switzerland",
        "Ukraine",
        "Wales",
        "UK",
        "United Kingdom",
      ]).toContain(w);
  });

  it("a firm gets no international bodies as wrong answers; a public body may", () => {
    const text =
      "Marta Lindqvist, an analyst at Nordhavn Securities, said the rises could not last. The Interior Ministry said 3,400 people had been moved from their homes.";
    for (const w of wrongFor(text, "Nordhavn Securities"))
      expect([
        "United Nations",
        "European Union",
        "NATO",
        "World Bank",
        "Red Cross",
        "World Health Organization",
      ]).not.toContain(w);
    expect(wrongFor(text, "Interior Ministry").length).toBeGreaterThan(0);
  });

  it("a river is offered only among rivers, and a town never among rivers", () => {
    const text =
      "The River Aras burst its banks near the town of Puerto Alba overnight. Rescuers reached the village of San Telmo and the town of Valdora by boat on Monday.";
    expect(wrongFor(text, "River Aras")).toEqual([]);
    expect(wrongFor(text, "Valdora")).not.toContain("River Aras");
  });
});

describe("values that are not what they seem", () => {
  it("the far end of a range with a scale word is no amount of its own", () => {
    expect(findMoney("Insurers put the damage at between 400 million and 600 million euros.")).toEqual([]);
    expect(findMoney("The closures would cost between $90 million and $110 million this year.")).toEqual([]);
  });

  it("a time of day is no count", () => {
    expect(
      findQuantities("Teenagers who used a phone after 11 p.m. slept 48 minutes less.").map((q) => q.numText),
    ).toEqual(["48"]);
  });
});

describe("the title gives nothing away", () => {
  const text = [
    "Halvorsen Foods Inc. reported a 23% rise in quarterly profit on Thursday, beating the forecasts of analysts.",
    "Chief Executive Ingrid Solberg said the results showed that the brands could hold their ground in Spain.",
    "Its rival Brennan & Co. warned that its own profit would fall by as much as 15% this year.",
    "Marta Lindqvist, an analyst at Nordhavn Securities, said the rises could not go on for ever.",
    "The results follow a strong year in Spain, where Claire Solberg runs the new factory in Valencia.",
  ].join(" ");

  it("does not blank a firm, a place or a person the title names, but does blank a namesake", () => {
    const deck = generateDeck({ title: "Halvorsen profit jumps in Spain as Solberg holds prices", text });
    expectDeckInvariants(deck);
    const blanks = deck.questions.filter((q) => q.type === "multiple-choice" || q.type === "cloze");
    expect(blanks.some((q) => /Halvorsen/.test(q.answer))).toBe(false);
    expect(blanks.some((q) => q.answer === "Spain")).toBe(false);
    expect(blanks.some((q) => q.answer === "Ingrid Solberg")).toBe(false);
    const untouched = generateDeck({ title: "A food maker's quarter", text }, { all: true });
    expect(untouched.questions.some((q) => /Halvorsen/.test(q.answer) || q.answer === "Spain")).toBe(true);
  });

  it("asks a blank of a firm with its abbreviation's period inside the blank, never '_____.'", () => {
    const deck = generateDeck({ title: "A food maker's quarter", text }, { all: true });
    for (const q of deck.questions) expect(q.prompt).not.toMatch(/_____\.\s*[a-z]/);
  });
});

describe("continents", () => {
  it("a continent is offered among continents, and a country never among them", () => {
    const text =
      "Nordvik said sales of its electric cars climbed in Europe and Asia this year. The company also sells cars in Germany and France.";
    const wrong = wrongFor(text, "Asia");
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const w of wrong)
      expect(["Europe", "Africa", "North America", "South America", "the Middle East"]).toContain(w);
    expect(wrongFor(text, "Germany")).not.toContain("Europe");
  });
});

describe("years without a publication date", () => {
  it("the latest date the article gives stands in for it, so a past year is not boxed in below itself", () => {
    const wrong = wrongFor(
      "He worked at the branch from 2014 until he was fired on Jan. 5, 2023, the bank said.",
      "2014",
    );
    expect(wrong.some((w) => Number(w) > 2014)).toBe(true);
    for (const w of wrong) expect(Number(w)).toBeLessThanOrEqual(2023);
  });
});

describe("a place after 'the'", () => {
  it("is typed, not chosen among pooled countries that do not take 'the'", () => {
    const text =
      "Detectives found that the money had paid for holidays in the Maldives and a new car costing more than £310,000. " +
      "Peters later moved to France with his family in 2019, the court in Leeds heard on Tuesday.";
    const deck = generateDeck({ title: "Charity fraud", text }, { all: true });
    expect(deck.questions.some((q) => q.answer === "Maldives")).toBe(true);
    expect(deck.questions.some((q) => q.answer === "Maldives" && q.type === "multiple-choice")).toBe(false);
  });
});

describe("an acronym and its name", () => {
  it("are one answer: never offered together, never the other's distractor", () => {
    expect(sameThing("KCNA", "Korean Central News Agency")).toBe(true);
    expect(sameThing("Democratic People's Republic of Korea", "DPRK")).toBe(true);
    expect(sameThing("KPA", "Korean Central News Agency")).toBe(false);
    expect(sameThing("NASA", "Johnson Space Center")).toBe(false);
  });
});
