import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { wordsToNumber } from "@/lib/quiz/number-words";
import { checkAnswer } from "@/lib/quiz/check-answer";
import { parseNumber } from "@/lib/quiz/parse-number";
import { q } from "../fixtures/deck";

describe("numbers written in words", () => {
  it.each([
    ["five thousand", 5000],
    ["two hundred and fifty", 250],
    ["twenty-five", 25],
    ["a dozen", 12],
    ["fifteen", 15],
    ["three million four hundred thousand", 3_400_000],
    ["one hundred five", 105],
    ["ninety nine", 99],
    ["a thousand", 1000],
    ["two billion", 2e9],
    ["Seventeen", 17],
  ])("%s is %d", (text, n) => expect(wordsToNumber(text)).toBe(n));
  it.each(["one point six", "five six", "five twenty", "many", "", "and", "five apples", "twenty twenty"])(
    "%j is not a number",
    (text) => expect(wordsToNumber(text)).toBeUndefined(),
  );

  it("reads back what it would write for any number below a million", () => {
    const small = [
      "",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen",
    ];
    const tensW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    const below1000 = (n: number): string => {
      const h = Math.floor(n / 100),
        r = n % 100;
      const rest = r < 20 ? small[r]! : `${tensW[Math.floor(r / 10)]}${r % 10 ? `-${small[r % 10]}` : ""}`;
      return [h ? `${small[h]} hundred` : "", h && r ? "and" : "", rest].filter(Boolean).join(" ");
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        const th = Math.floor(n / 1000),
          r = n % 1000;
        const text = [th ? `${below1000(th)} thousand` : "", r ? below1000(r) : ""].filter(Boolean).join(" ");
        expect(wordsToNumber(text)).toBe(n);
      }),
    );
  });

  it("a typed number answer may be written in words", () => {
    expect(parseNumber("five thousand")).toBe(5000);
    expect(
      checkAnswer({ ...q("q-num"), answer: "5,000", numericValue: 5000, acceptedAnswers: [] }, "five thousand"),
    ).toBe(true);
    expect(
      checkAnswer({ ...q("q-num"), answer: "5,000", numericValue: 5000, acceptedAnswers: [] }, "five hundred"),
    ).toBe(false);
  });
});

describe("one table of number words", () => {
  it("reads every word the answer box used to know on its own (zero to twelve, a dozen, twenty, a hundred)", () => {
    const words = {
      zero: 0,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
      eight: 8,
      nine: 9,
      ten: 10,
      eleven: 11,
      twelve: 12,
      dozen: 12,
      twenty: 20,
      hundred: 100,
    };
    for (const [w, n] of Object.entries(words)) {
      expect(parseNumber(w)).toBe(n);
      expect(parseNumber(w.toUpperCase())).toBe(n);
    }
    expect(parseNumber("a dozen")).toBe(12);
  });

  it('knows no word from the object prototype (an answer of "constructor" is no number)', () => {
    for (const w of [
      "constructor",
      "toString",
      "valueOf",
      "__proto__",
      "hasOwnProperty",
      "five constructor",
      "1 constructor",
      "2 toString",
    ]) {
      expect(wordsToNumber(w), w).toBeUndefined();
      expect(parseNumber(w), w).toBeUndefined();
    }
  });
});
