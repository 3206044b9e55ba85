import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
import { distractorsFor } from "@/lib/generate/distractors";
import { aliasInText } from "@/lib/generate/equivalence";

function wrongFor(text: string, value: string, publishedAt?: string, nth = 0) {
  const { facts, mentions } = extractFacts(splitSentences(text), publishedAt);
  const fact = facts.filter((f) => f.value === value)[nth]!;
  expect(fact, value).toBeDefined();
  return distractorsFor(fact, fact.value, fact.sentence.text, { facts, mentions, publishedAt, text }, 3);
}

describe("dates among the choices are written alike", () => {
  const launches =
    "On April 12, 1981, the first shuttle lifted off from the cape. Its sister ship will fly on April 29, and the last " +
    "flight launches June 28. The crew of the 2011 mission trained for the flight of July 8. Columbia was lost on " +
    "February 1, 2003 during re-entry. Challenger exploded on January 28, 1986 after liftoff.";

  it("a full date gets full dates in its style; a bare day joins only when its sentence names the year", () => {
    const wrong = wrongFor(launches, "April 12, 1981");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(w).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(wrong).toEqual(expect.arrayContaining(["February 1, 2003", "January 28, 1986", "July 8, 2011"]));
  });

  it("a day and month gets days and months in its order, never a full date or another order", () => {
    const text =
      "Galois submitted his work on 17 January 1831. He was arrested again on July 14 at a banquet. He was freed " +
      "on 29 April 1832 after months in prison. The duel took place on 30 May. He died the next morning.";
    const wrong = wrongFor(text, "30 May");
    expect(wrong).toEqual(expect.arrayContaining(["17 January", "14 July", "29 April"]));
    for (const w of wrong) expect(w).toMatch(/^\d{1,2} [A-Z][a-z]+$/);
  });

  it("a month of a year gets months of years, never a full date", () => {
    const text =
      "Norton arrived in San Francisco in November 1849 with money from his father. He lost it all by September " +
      "1859 in a rice deal. He called a meeting at the music hall in February 1860. His decree of October 12, 1859 " +
      "abolished Congress.";
    const wrong = wrongFor(text, "February 1860");
    expect(wrong).toEqual(expect.arrayContaining(["November 1849", "September 1859", "October 1859"]));
    for (const w of wrong) expect(w).toMatch(/^[A-Z][a-z]+ \d{4}$/);
  });
});

describe("no name the article gives the answer is offered as a wrong choice", () => {
  it("a self-given name ('calling themselves the National Congress') is the body it names", () => {
    const text =
      "In 1859 Norton issued a decree formally abolishing the United States Congress. He also summoned the Army to " +
      "depose the officials of the Union. A body of men calling themselves the National Congress met in Washington " +
      "in violation of the edict. The Supreme Court and the California Senate ignored him.";
    const wrong = wrongFor(text, "United States Congress");
    expect(wrong).not.toContain("National Congress");
  });

  it("a name in brackets after another, or given by 'known as', is that one; a mere namesake is not", () => {
    const text =
      "The inquiry was led by the Financial Conduct Authority (the Markets Authority) in London. The Serious Fraud " +
      "Office, known as the Fraud Agency, opened its own case. The Prudential Regulation Authority stayed out of it.";
    expect(aliasInText("Financial Conduct Authority", "Markets Authority", text)).toBe(true);
    expect(aliasInText("Fraud Agency", "Serious Fraud Office", text)).toBe(true);
    expect(aliasInText("Financial Conduct Authority", "Prudential Regulation Authority", text)).toBe(false);
    expect(aliasInText("Serious Fraud Office", "Prudential Regulation Authority", text)).toBe(false);
  });
});
