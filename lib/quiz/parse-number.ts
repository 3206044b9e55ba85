import { scaleWords, wordsToNumber } from "@/lib/quiz/number-words";

// After digits: the scale words and their abbreviations ("1.6 billion", "1.6bn", "5k"), and "dozen".
const scales = new Map([
  ...scaleWords,
  ["k", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["mln", 1e6],
  ["b", 1e9],
  ["bn", 1e9],
  ["t", 1e12],
  ["tn", 1e12],
  ["dozen", 12],
]);
// Currency words and symbols, and approximation words, say nothing about the number's value.
const noise =
  /[£$€¥]|\bu\.s\.?(?!\w)|\b(?:pounds?|sterling|dollars?|euros?|yen|yuan|us|usd|gbp|eur|about|around|some|roughly|approximately|nearly|almost|over|more than|less than|fewer than|up to|percent|per cent)\b|%/g;

/**
 * Reads a number written the way people type amounts: "1.6 billion", "1,600,000,000", "£1.6bn",
 * "1.6bn pounds", "5k", "twelve", "five thousand". Returns undefined when the text is not one number.
 */
export function parseNumber(input: string): number | undefined {
  let s = input.toLowerCase().replace(noise, " ").replace(/\s+/g, " ").trim();
  s = s.replace(/^(?:a|an)\s+/, "1 ");
  // Thousands grouped by spaces or apostrophes ("5 000", "1 600 000 000", "5'000"), as much of Europe writes them.
  // Anything else left with a space or apostrophe is not one number (the match below refuses it).
  s = s.replace(/(\d)[ '’](?=\d{3}(?!\d))/g, "$1");
  const spelled = wordsToNumber(s);
  if (spelled !== undefined) return spelled;
  const m =
    /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([a-z]+)?$/.exec(s) ?? /^([+-]?)()\.(\d+)\s*([a-z]+)?$/.exec(s);
  if (!m) return undefined;
  const [, sign, int, frac, word] = m;
  let scale = 1;
  if (word) {
    const sc = scales.get(word);
    if (sc === undefined) return undefined;
    scale = sc;
  }
  const value = Number(`${int ? int.replace(/,/g, "") : "0"}.${frac ?? "0"}`) * scale;
  return sign === "-" ? -value : value;
}

/** True when two numbers are equal up to floating-point noise (1.6e9 vs 1600000000.0000002). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
}
