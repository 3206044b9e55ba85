import { describe, expect, it } from "vitest";
import { parseDateAnswer, sameDate } from "@/lib/quiz/date-answer";
import { checkAnswer } from "@/lib/quiz/check-answer";
import type { Question } from "@/lib/schemas/deck";
import { q } from "../fixtures/deck";

describe("dates as people type them", () => {
  it.each([
    ["2 March 2025", { year: 2025, month: 3, day: 2 }],
    ["March 2, 2025", { year: 2025, month: 3, day: 2 }],
    ["Sunday, 2 March 2025", { year: 2025, month: 3, day: 2 }],
    ["Sun March 2", { month: 3, day: 2 }],
    ["2nd of March", { month: 3, day: 2 }],
    ["Mar. 2", { month: 3, day: 2 }],
    ["2 Sept 2024", { year: 2024, month: 9, day: 2 }],
    ["2025-03-02", { year: 2025, month: 3, day: 2 }],
  ])("%s", (text, date) => expect(parseDateAnswer(text)).toEqual(date));
  it.each(["2/3/2025", "March", "32 March", "2 Marsh 2025", "Sunday", "1.6 billion", "2025-13-01", "may be"])(
    "%j is not a date",
    (text) => expect(parseDateAnswer(text)).toBeUndefined(),
  );
  it("a missing year matches any year; days and months must match", () => {
    expect(sameDate({ month: 3, day: 2 }, { year: 2025, month: 3, day: 2 })).toBe(true);
    expect(sameDate({ year: 2024, month: 3, day: 2 }, { year: 2025, month: 3, day: 2 })).toBe(false);
    expect(sameDate({ month: 3, day: 1 }, { month: 3, day: 2 })).toBe(false);
  });
});

describe("a date blank (answer: Sunday, which was 2 March 2025)", () => {
  const question: Question = { ...q("q-cloze"), answer: "Sunday", acceptedAnswers: ["Sunday", "2 March 2025"] };
  it.each(["Sunday", "2 March 2025", "March 2, 2025", "2 March", "March 2", "2025-03-02", "Sunday, March 2"])(
    "accepts %j",
    (given) => expect(checkAnswer(question, given)).toBe(true),
  );
  it.each(["Saturday", "1 March 2025", "March 2, 2024", "2/3/2025", "March"])("rejects %j", (given) =>
    expect(checkAnswer(question, given)).toBe(false),
  );
});

describe("month names", () => {
  it("reads a month from its name or any start of it of three letters or more, and nothing else", () => {
    const names = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ];
    names.forEach((name, i) => {
      for (let k = 3; k <= name.length; k++) {
        expect(parseDateAnswer(`2 ${name.slice(0, k)} 2025`), name.slice(0, k)).toEqual({
          year: 2025,
          month: i + 1,
          day: 2,
        });
        expect(parseDateAnswer(`${name.slice(0, k)}. 2`), `${name.slice(0, k)}.`).toEqual({ month: i + 1, day: 2 });
      }
      expect(parseDateAnswer(`2 ${name.slice(0, 2)} 2025`)).toBeUndefined();
      expect(parseDateAnswer(`2 ${name}s 2025`)).toBeUndefined();
    });
    expect(parseDateAnswer("2 Sept 2025")).toEqual({ year: 2025, month: 9, day: 2 });
    for (const word of ["Marhc", "Janaury", "Jun-e", "Mayday", "Octo ber"])
      expect(parseDateAnswer(`2 ${word} 2025`), word).toBeUndefined();
  });
});
