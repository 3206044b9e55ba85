import type { Question } from "@/lib/schemas/deck";
import type { AnswerRecord } from "@/lib/schemas/quiz";

/**
 * What every answer form takes (choices, typed, ordering; question-view.tsx picks one by question type).
 * `test`: a test-mode quiz, where an answer is kept without being checked (its button says so); `saved`: the
 * answer kept before, on a question gone back to (it can be changed).
 */
export type AnswerProps = {
  question: Question;
  promptId: string;
  record?: AnswerRecord;
  test?: boolean;
  saved?: string;
  onAnswer(given: string): void;
};
