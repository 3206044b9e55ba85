/**
 * Checks on pasted article text, run before any heavy work (the generator, the worker).
 * Pure: no DOM. Each problem is a one-line message a reader can act on.
 */

import { formatCount } from "@/lib/format";

/** Longest article we accept, in characters; longer text is refused before generating. */
export const MAX_TEXT_CHARS = 100_000;
/** Shortest article that can make questions, in characters (about three sentences). */
export const MIN_TEXT_CHARS = 300;
/** Fewest sentences that can make questions. */
export const MIN_SENTENCES = 3;

export type InputProblem = {
  code: "empty" | "too-short" | "too-long" | "binary" | "not-english";
  message: string;
};

// Control characters other than tab/newline/carriage return, and U+FFFD (what a bad decode leaves).
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
// Frequent English function words: news English is well over a quarter of these.
const STOP_WORDS = new Set(
  (
    "the of and to a in that is was for on with as by at from it he she his her they their be has have had " +
    "are were said will would not but an this which who or its been after more than about also into over " +
    "we our i you one two new up out when what there can could all"
  ).split(" "),
);

/** Share of characters that are control or replacement characters. */
export function junkRatio(text: string): number {
  if (!text) return 0;
  return (text.match(JUNK)?.length ?? 0) / text.length;
}

/** Share of letters that are Latin script. */
export function latinRatio(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => /\p{Script=Latin}/u.test(c)).length / letters.length;
}

/** Share of words that are common English function words. */
export function stopWordRatio(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => STOP_WORDS.has(w)).length / words.length;
}

/** Rough sentence count: terminal punctuation followed by space or the end. */
export function countSentences(text: string): number {
  return (text.match(/[.!?]["'”’)]?(?=\s|$)/g) ?? []).length;
}

/**
 * The first problem that stops `text` from making a deck, or null when it can go to the generator.
 * Cheap checks first; the size limit is checked before anything scans the whole text.
 */
export function checkArticleText(text: string): InputProblem | null {
  if (text.length > MAX_TEXT_CHARS) {
    return {
      code: "too-long",
      message: `The text is ${formatCount(text.length)} characters; the limit is ${formatCount(MAX_TEXT_CHARS)}. Paste one article, or a part of it.`,
    };
  }
  const trimmed = text.trim();
  if (!trimmed) return { code: "empty", message: "Paste the article's text first." };
  if (/\u0000/.test(text) || junkRatio(text) > 0.01) {
    return {
      code: "binary",
      message: "This does not look like text (it has control or broken characters). Paste the article as plain text.",
    };
  }
  // Mostly another script (Japanese, Chinese, Arabic…): say so first, or its sentence marks ("。"), which
  // are not counted, would call a long text "too short".
  const notEnglish = {
    code: "not-english",
    message: "This does not look like English. The question generator only handles English articles for now.",
  } as const;
  if (latinRatio(trimmed) < 0.5) return notEnglish;
  if (trimmed.length < MIN_TEXT_CHARS || countSentences(trimmed) < MIN_SENTENCES) {
    return {
      code: "too-short",
      message: `The text is too short to make questions: use at least ${MIN_SENTENCES} sentences and ${formatCount(MIN_TEXT_CHARS)} characters (it has ${formatCount(trimmed.length)}).`,
    };
  }
  if (latinRatio(trimmed) < 0.9 || stopWordRatio(trimmed) < 0.15) return notEnglish;
  return null;
}
