import { describe, expect, it } from "vitest";
import { checkAnswer, formatOrdering } from "@/lib/quiz/check-answer";
import { parseNumber } from "@/lib/quiz/parse-number";
import { q } from "../fixtures/deck";

describe("numeric answers (answer: 1.6 billion pounds)", () => {
  const accepted = [
    "1.6 billion",
    "1,600,000,000",
    "£1.6bn",
    "1.6bn pounds",
    "1.6 billion pounds",
    "1600000000",
    "£1,600,000,000",
    "1.6 Billion Pounds.",
    "  1.6 BN  ",
    "1600 million",
    "1.60 billion",
    "about 1.6 billion pounds",
    "GBP 1.6bn",
    // Thousands grouped by spaces (plain, no-break, narrow no-break) or apostrophes (issue 13, item 9).
    "1 600 000 000",
    "1\u00a0600\u00a0000\u00a0000",
    "£1\u202f600\u202f000\u202f000",
    "1'600'000'000",
    "1 600 million",
  ];
  const rejected = [
    "1.6 million",
    "16 billion",
    "1.6",
    "160,000,000",
    "2 billion",
    "1.6 billion dollars",
    "$1.6bn",
    "€1.6 billion",
    "",
    "   ",
    "billion",
    "1.6 billion pounds and more",
    "one point six",
    "1.6.0 billion",
    "1 6 billion",
    "16 00 000 000",
    "1 600 0000 000",
    "1 6000 million",
  ];
  it.each(accepted)("accepts %j", (given) => expect(checkAnswer(q("q-num"), given)).toBe(true));
  it.each(rejected)("rejects %j", (given) => expect(checkAnswer(q("q-num"), given)).toBe(false));
});

describe("cloze answers (answer: United States; accepted: U.S., US, USA)", () => {
  const accepted = [
    "United States",
    "the United States",
    "united states",
    "U.S.",
    "us",
    "USA",
    "United-States",
    "The U.S",
  ];
  const rejected = ["United Kingdom", "States", "United", "America the", "", "Britain", "U.K."];
  it.each(accepted)("accepts %j", (given) => expect(checkAnswer(q("q-cloze"), given)).toBe(true));
  it.each(rejected)("rejects %j", (given) => expect(checkAnswer(q("q-cloze"), given)).toBe(false));
});

describe("an accepted form in another currency", () => {
  const question = { ...q("q-num"), acceptedAnswers: ["2 billion U.S. dollars"] };
  it.each([
    ["2 billion US dollars", true],
    ["$2bn", true],
    ["1.6 billion", true],
    ["2 billion", false],
    ["2 billion pounds", false],
    ["£2bn", false],
    ["1.6 billion dollars", false],
  ] as const)("%j is %s", (given, right) => expect(checkAnswer(question, given)).toBe(right));
});

describe("choice answers", () => {
  it.each([
    ["q-mc", "Monday", true],
    ["q-mc", "Sunday", false],
    ["q-mc", "", false],
    ["q-tf", "False", true],
    ["q-tf", "True", false],
    ["q-who", "Jane Okafor", true],
    ["q-who", "Tom Reyes", false],
  ] as const)("%s: %j is %s", (id, given, right) => expect(checkAnswer(q(id), given)).toBe(right));
});

describe("ordering answers", () => {
  it("accepts exactly the article's order", () => {
    expect(checkAnswer(q("q-order"), formatOrdering(["buy land", "hire builders", "open the homes"]))).toBe(true);
  });
  it.each([
    [["hire builders", "buy land", "open the homes"]],
    [["open the homes", "buy land", "hire builders"]],
    [["buy land", "hire builders"]],
  ])("rejects %j", (items) => expect(checkAnswer(q("q-order"), formatOrdering(items))).toBe(false));
});

describe("parseNumber", () => {
  it.each([
    ["5,000", 5000],
    ["more than 5,000", 5000],
    ["5k", 5000],
    ["2.5 million", 2_500_000],
    ["twelve", 12],
    ["$2 billion", 2e9],
    ["-3", -3],
    ["0.5", 0.5],
    [".5", 0.5],
    ["a dozen", 12],
    ["1.6bn pounds", 1.6e9],
  ] as const)("%j is %d", (text, value) => expect(parseNumber(text)).toBeCloseTo(value, 6));
  it.each(["", "abc", "1.6 gazillion", "1,60,000", "12 34", "1.6 billion (2 billion)"])(
    "%j is not one number",
    (text) => expect(parseNumber(text)).toBeUndefined(),
  );
});

describe("a day of the week, shortened (issue 13, item 9)", () => {
  const question = {
    ...q("q-cloze"),
    prompt: "Type the missing day of the week: On _____, the council met.",
    answer: "Saturday",
    acceptedAnswers: [],
  };
  it.each(["Saturday", "Sat", "sat.", "SATUR", "saturday"])("accepts %j", (given) =>
    expect(checkAnswer(question, given)).toBe(true),
  );
  it.each(["Sun", "Sa", "Thursday", "Saturn", "s"])("rejects %j", (given) =>
    expect(checkAnswer(question, given)).toBe(false),
  );
});
