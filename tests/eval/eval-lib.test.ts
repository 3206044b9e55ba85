import { describe, expect, it } from "vitest";
import {
  aliasInChoices,
  answerMatches,
  computable,
  coveringQuestions,
  dateline,
  duplicateAnswer,
  leadingNumbers,
  leaksOther,
  longPrompt,
  mojibake,
  partOfName,
  perSentence,
  pronoun,
  publishedDate,
  weekday,
  type EvalDeck,
  type EvalQuestion,
} from "@/scripts/eval-lib";

let n = 0;
function q(prompt: string, answer: string, extra: Partial<EvalQuestion> = {}): EvalQuestion {
  return {
    id: `q${n++}`,
    type: "multiple-choice",
    prompt,
    answer,
    evidence: { sentence: "S.", start: 0, end: 2 },
    ...extra,
  };
}
const at = (start: number, end = start + 10) => ({ evidence: { sentence: "x".repeat(end - start), start, end } });
const deckOf = (...questions: EvalQuestion[]): EvalDeck => ({ questions });
const alone = (x: EvalQuestion) => deckOf(x);

describe("key-fact matching", () => {
  it("normalises numbers by value, hedges and units", () => {
    expect(leadingNumbers("around 2 million voters")).toEqual([2e6]);
    expect(answerMatches("around 2 million voters", "2,000,000")).toBe(true);
    expect(answerMatches("58%", "58 percent")).toBe(true);
    expect(answerMatches("twenty working days", "20")).toBe(true);
    expect(answerMatches("More than two billion people", "2bn")).toBe(true);
    expect(answerMatches("US$ 20,000", "$20,000")).toBe(true);
    expect(answerMatches("3 – 0", "3–0")).toBe(true);
    expect(answerMatches("84,121 votes", "50,818")).toBe(false);
    expect(answerMatches("from 9 to 10", "10")).toBe(false);
    expect(answerMatches("Expedition 69", "69")).toBe(false);
  });
  it("compares dates by month and digits", () => {
    expect(answerMatches("May, 1750", "May 1750")).toBe(true);
    expect(answerMatches("8 February 1700", "February 8, 1700")).toBe(true);
    expect(answerMatches("Sept. 27", "September 27")).toBe(true);
    expect(answerMatches("April 12, 1981", "1981")).toBe(false);
  });
  it("accepts whole-word containment only with 60% of the content words", () => {
    expect(answerMatches("Kennedy Space Center", "the Kennedy Space Center")).toBe(true);
    expect(answerMatches("Mathematician Hermann Weyl", "Hermann Weyl")).toBe(true);
    expect(answerMatches("Kennedy Space Center", "Kennedy")).toBe(false);
    expect(answerMatches("Symphony From the New World", "Symphony From")).toBe(false);
    expect(answerMatches("Korean Central News Agency", "KCNA")).toBe(true);
  });
  it("matches people by surname unless a given name conflicts", () => {
    expect(answerMatches("Charles Bolden", "NASA Administrator Charles Bolden", "person")).toBe(true);
    expect(answerMatches("L. Ron Hubbard", "Ron Hubbard", "person")).toBe(true);
    expect(answerMatches("Daniel Bernoulli", "Johann Bernoulli", "person")).toBe(false);
    expect(answerMatches("Évariste Galois", "Evariste Galois", "person")).toBe(true);
  });
  it("covers with accepted answers and who-said, never with true/false", () => {
    const qs = [
      q("How many?", "2 million", { type: "numeric", acceptedAnswers: ["2,000,000"] }),
      q("Who said: “x”?", "Colette Heald", { type: "who-said" }),
      q("True or false? Nathan Law won.", "True", { type: "true-false" }),
    ];
    expect(coveringQuestions({ fact: "f", answer: "about 2,000,000 voters", kind: "count" }, qs)).toEqual([qs[0]!.id]);
    expect(coveringQuestions({ fact: "f", answer: "Heald", kind: "quote-speaker" }, qs)).toEqual([qs[1]!.id]);
    expect(coveringQuestions({ fact: "f", answer: "True", kind: "other" }, qs)).toEqual([]);
  });
});

describe("detectors", () => {
  it("pronoun", () => {
    const flagged = [
      "Which fills the blank? He said the plan would cost _____.",
      "How many votes did she win in _____?",
      "Which fills the blank? The firm paid _____ in fines.",
      "Type the missing words: _____ was elected in this constituency.",
    ];
    for (const p of flagged) expect(pronoun(q(p, "x"), deckOf()), p).not.toBeNull();
    const fine = [
      "Which fills the blank? Eddie Chu said his campaign cost _____.",
      "Who said: “He will not return”?",
      "Which fills the blank? The court said it would rule on _____.",
      "Which fills the blank? NASA said the agency would pick _____.",
      "Type the number: Figures show _____ migrants crossed last year. (The article is dated 23 February 2023.)",
    ];
    for (const p of fine) expect(pronoun(q(p, "x"), deckOf()), p).toBeNull();
  });
  it("weekday", () => {
    expect(weekday(q("When?", "Sunday"), deckOf())).not.toBeNull();
    expect(weekday(q("When?", "Sunday Times"), deckOf())).toBeNull();
  });
  it("part-of-name", () => {
    expect(
      partOfName(q("Which fills the blank? She studied at _____ University.", "Harvard"), deckOf()),
    ).not.toBeNull();
    expect(
      partOfName(
        q("Which fills the blank? The _____ of the Petroleum Exporting Countries met.", "Organization"),
        deckOf(),
      ),
    ).not.toBeNull();
    expect(
      partOfName(q("Which fills the blank? Work by science fiction writer L. _____.", "Ron Hubbard"), deckOf()),
    ).not.toBeNull();
    expect(
      partOfName(q("Which fills the blank? FTU's _____ and DAB's Horace Cheung won.", "Kwok Wai-keung"), deckOf()),
    ).toBeNull();
    expect(partOfName(q("Which fills the blank? Belgium defeated Panama _____.", "3 – 0"), deckOf())).toBeNull();
  });
  it("alias-in-choices", () => {
    expect(
      aliasInChoices(
        q("Who?", "Pedro Passos Coelho", { choices: ["Passos Coelho", "Pedro Passos Coelho", "Mario Soares"] }),
        deckOf(),
      ),
    ).not.toBeNull();
    expect(
      aliasInChoices(q("Who?", "Eddie Chu", { choices: ["Eddie Chu", "Kwok Ka-ki", "Andrew Wan"] }), deckOf()),
    ).toBeNull();
  });
  it("per-sentence", () => {
    const [a, b, c, d] = [q("a", "A", at(0)), q("b", "B", at(0)), q("c", "C", at(0)), q("d", "D", at(20))];
    const deck = deckOf(a!, b!, c!, d!);
    expect(perSentence(c!, deck)).not.toBeNull();
    expect(perSentence(b!, deck)).toBeNull();
    expect(perSentence(d!, deck)).toBeNull();
  });
  it("leaks-other", () => {
    const a = q("Who won West?", "Eddie Chu", at(0, 10));
    const b = q("Which fills the blank? Eddie Chu won _____ votes.", "84,121", at(11, 30));
    const far = q("Which fills the blank? Eddie Chu said _____.", "yes", at(100, 120));
    expect(leaksOther(b, deckOf(a, b))).not.toBeNull();
    expect(leaksOther(a, deckOf(a, b))).toBeNull();
    expect(leaksOther(far, deckOf(a, far))).toBeNull();
  });
  it("computable", () => {
    expect(
      computable(
        q("Type the number: Sales rose from 120 to 150, a rise of _____ percent.", "25", { type: "numeric" }),
        deckOf(),
      ),
    ).not.toBeNull();
    expect(
      computable(
        q("Type the number: Sales reached 120 in 2010 and _____ later.", "500", { type: "numeric" }),
        deckOf(),
      ),
    ).toBeNull();
  });
  it("dateline", () => {
    expect(
      dateline(q("Where?", "LONDON - The summit", { choices: ["LONDON - The summit", "Paris"] }), deckOf()),
    ).not.toBeNull();
    expect(dateline(q("When?", "March - a month", { choices: ["March - a month"] }), deckOf())).not.toBeNull();
    expect(dateline(q("Who?", "NASA", { choices: ["NASA", "Los Angeles - California", "JAXA"] }), deckOf())).toBeNull();
  });
  it("mojibake", () => {
    expect(mojibake(q("Who said â€œyesâ€?", "x"), deckOf())).not.toBeNull();
    expect(mojibake(q("Who said “yes”?", "Antonín Dvořák"), deckOf())).toBeNull();
  });
  it("long-prompt", () => {
    expect(longPrompt(q("x".repeat(201), "x"), deckOf())).not.toBeNull();
    expect(longPrompt(q("x".repeat(200), "x"), deckOf())).toBeNull();
  });
  it("duplicate-answer", () => {
    const [a, b, c] = [q("a", "The Labour Party"), q("b", "Labour Party"), q("c", "Civic Party")];
    const deck = deckOf(a!, b!, c!);
    expect(duplicateAnswer(b!, deck)).not.toBeNull();
    expect(duplicateAnswer(a!, deck)).toBeNull();
    expect(duplicateAnswer(c!, alone(c!))).toBeNull();
  });
});

describe("publishedDate", () => {
  it("reads Published: on the file's line, or a written date in its section", () => {
    expect(
      publishedDate("- 01-a.txt | T | Published: 2016-09-09 | x\n- 02-b.txt | Published: 2015-08-21", "02-b.txt"),
    ).toBe("2015-08-21");
    expect(
      publishedDate(
        "### 01-a.txt (x)\n- **Title:** T (Wikinews, Friday, September 9, 2016)\n### 02-b.txt\n- none",
        "01-a.txt",
      ),
    ).toBe("2016-09-09");
    expect(publishedDate("### 02-b.txt\n- no date here", "02-b.txt")).toBeUndefined();
  });
});
