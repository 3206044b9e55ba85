import type { Question } from "@/lib/schemas/deck";
import { currencyOf, normalizeAnswer } from "@/lib/quiz/normalize";
import { parseNumber, sameNumber } from "@/lib/quiz/parse-number";
import { isSpellingSlip } from "@/lib/quiz/spelling";
import { parseDateAnswer, sameDate, weekdayOf } from "@/lib/quiz/date-answer";

/** The separator an ordering answer is written with ("first → second → third"). */
export const ORDER_SEPARATOR = " → ";

/** The text a user's ordering is recorded as. */
export function formatOrdering(items: readonly string[]): string {
  return items.join(ORDER_SEPARATOR);
}

/**
 * "1.6 billion dollars" is not "1.6 billion pounds": amounts must be in the same currency. A form or an
 * answer that names none ("1.6 billion") is in the deck answer's currency, as the question asks for it.
 */
function sameCurrency(q: Question, form: string, given: string): boolean {
  const x = currencyOf(form) ?? currencyOf(q.answer);
  const y = currencyOf(given) ?? currencyOf(q.answer);
  return x === undefined || y === undefined || x === y;
}

/** Whether `given` is the same number as the answer or one of its forms (in the same currency). */
function numericMatches(q: Question, given: string, forms: string[]): boolean {
  const value = parseNumber(given);
  if (value === undefined) return false;
  if (q.numericValue !== undefined && sameNumber(q.numericValue, value) && sameCurrency(q, q.answer, given))
    return true;
  return forms.some((form) => {
    const n = parseNumber(form);
    return n !== undefined && sameNumber(n, value) && sameCurrency(q, form, given);
  });
}

const stem = (w: string) => w.toLowerCase().replace(/s$/, "").replace(/e$/, "");

/**
 * "73 seconds" for "It exploded _____ seconds after liftoff", "60,760 votes" for "How many votes …?": the number
 * typed with the unit the prompt gives it (the words right after the blank, or after "How many"). Returns the
 * number without those words, or undefined when the words are not the prompt's unit ("73 minutes" stays wrong).
 */
function withoutUnit(prompt: string, given: string): string | undefined {
  const unit =
    /_{3,}\s+((?:[\p{L}-]+\s*){1,3})/u.exec(prompt)?.[1] ??
    /\bhow (?:many|much)\s+((?:[\p{L}-]+\s*){1,3})/iu.exec(prompt)?.[1];
  if (!unit) return undefined;
  const units = unit.trim().split(/\s+/).map(stem);
  const words = given.trim().split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).map(stem);
    // Some of the unit's words, in order: "5,000 air defense missiles", "5,000 missiles".
    let at = 0;
    if (tail.every((w) => (at = units.indexOf(w, at) + 1) > 0)) return words.slice(0, -n).join(" ");
  }
  return undefined;
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
  const forms = [q.answer, ...(q.acceptedAnswers ?? [])];
  if (forms.some((form) => normalizeAnswer(form) === g && sameCurrency(q, form, given))) return true;
  if (q.type !== "cloze" && q.type !== "numeric") return false;
  const isNumeric = q.type === "numeric" || q.numericValue !== undefined || parseNumber(q.answer) !== undefined;
  if (isNumeric) {
    if (numericMatches(q, given, forms)) return true;
    const bare = withoutUnit(q.prompt, given);
    return bare !== undefined && numericMatches(q, bare, forms);
  }
  // A date in another common form ("March 2, 2025", "2 Mar", "2025-03-02" for "2 March 2025").
  const date = parseDateAnswer(given);
  if (
    date &&
    forms.some((form) => {
      const d = parseDateAnswer(form);
      return d !== undefined && sameDate(d, date);
    })
  )
    return true;
  // A day of the week, shortened ("Sat" for "Saturday").
  const day = weekdayOf(given);
  if (day >= 0 && forms.some((form) => weekdayOf(form) === day)) return true;
  return spellingSlipOf(q, given) !== undefined;
}

/**
 * The answer form a typed (non-numeric) answer misspells by one slip ("Britian" → "Britain"), if any: such
 * an answer counts as right, and the feedback shows the spelling. Undefined for exact or wrong answers.
 */
export function spellingSlipOf(q: Question, given: string): string | undefined {
  if (q.type !== "cloze") return undefined;
  const g = normalizeAnswer(given);
  const forms = [q.answer, ...(q.acceptedAnswers ?? [])];
  const others = (q.choices ?? []).map(normalizeAnswer);
  return forms.find((form) => isSpellingSlip(g, normalizeAnswer(form), others));
}
