import type { Question } from "@/lib/schemas/deck";
import { currencyOf, normalizeAnswer } from "@/lib/quiz/normalize";
import { parseNumber, sameNumber } from "@/lib/quiz/parse-number";

/** The separator an ordering answer is written with ("first → second → third"). */
export const ORDER_SEPARATOR = " → ";

/** The text a user's ordering is recorded as. */
export function formatOrdering(items: readonly string[]): string {
  return items.join(ORDER_SEPARATOR);
}

/** The deck's answer and its equivalent forms. */
function answerForms(q: Question): string[] {
  return [q.answer, ...(q.acceptedAnswers ?? [])];
}

function numericMatches(q: Question, given: string): boolean {
  const value = parseNumber(given);
  if (value === undefined) return false;
  const targets = q.numericValue !== undefined ? [q.numericValue] : [];
  for (const form of answerForms(q)) {
    const n = parseNumber(form);
    if (n !== undefined) targets.push(n);
  }
  if (!targets.some((t) => sameNumber(t, value))) return false;
  // "1.6 billion dollars" is not "1.6 billion pounds": a named currency must be the answer's.
  const givenCurrency = currencyOf(given);
  const answerCurrency = currencyOf(q.answer);
  return !givenCurrency || !answerCurrency || givenCurrency === answerCurrency;
}

/**
 * Whether `given` answers `q`. Choice questions compare the chosen text; typed answers (cloze, numeric)
 * forgive case, punctuation, articles and number formats, using the deck's `acceptedAnswers` and
 * `numericValue`; ordering compares the whole sequence.
 */
export function checkAnswer(q: Question, given: string): boolean {
  if (q.type === "ordering") {
    return q.items !== undefined && given === formatOrdering(q.items);
  }
  const g = normalizeAnswer(given);
  if (g === "") return false;
  const textMatch = answerForms(q).some((form) => normalizeAnswer(form) === g);
  if (q.type === "cloze" || q.type === "numeric") {
    if (textMatch) return true;
    const isNumeric = q.type === "numeric" || q.numericValue !== undefined || parseNumber(q.answer) !== undefined;
    return isNumeric && numericMatches(q, given);
  }
  return textMatch;
}
