// A number typed with the unit the question gives it is the number (issue 11, "a number with its unit"):
// "73 seconds" for "… exploded _____ seconds after liftoff", "60,760 votes" for "How many votes …?".
// Another unit, or words that are not the prompt's, stay wrong.
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/schemas/deck";
import { checkAnswer } from "@/lib/quiz/check-answer";
import { q } from "../fixtures/deck";

const numeric = (prompt: string, answer: string, value: number, acceptedAnswers: string[] = []): Question => ({
  ...q("q-num"),
  prompt,
  answer,
  numericValue: value,
  acceptedAnswers,
});

describe("a typed number with its unit", () => {
  const challenger = numeric(
    "Type the number: Space Shuttle Challenger was lost when it exploded _____ seconds after liftoff, 10 minutes into the day's window.",
    "73",
    73,
  );
  const votes = numeric("How many votes was Regina Ip re-elected with?", "60,760", 60760, ["60760"]);
  const missiles = numeric(
    "Type the number: Ukraine will purchase more than _____ air defense missiles.",
    "5,000",
    5000,
  );
  const voters = numeric("Type the number: A turnout of around _____ voters was recorded.", "2 million", 2e6, ["2m"]);

  it.each([
    [challenger, "73 seconds"],
    [challenger, "73 second"],
    [challenger, "seventy-three seconds"],
    [votes, "60,760 votes"],
    [missiles, "5,000 air defense missiles"],
    [missiles, "5000 missiles"],
    [voters, "2 million voters"],
    [voters, "2m voters"],
  ])("accepts %#: %j", (question, given) => expect(checkAnswer(question, given)).toBe(true));

  it.each([
    [challenger, "73 minutes"],
    [challenger, "74 seconds"],
    [challenger, "seconds"],
    [votes, "60,760 voters"],
    [missiles, "5,000 tanks"],
    [missiles, "5,000 missiles air"],
    [voters, "2 million people"],
    [voters, "3 million voters"],
  ])("rejects %#: %j", (question, given) => expect(checkAnswer(question, given)).toBe(false));
});
