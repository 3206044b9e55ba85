import { wordsToNumber } from "@/lib/quiz/number-words";

const scales: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6,
  dozen: 12, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12,
};
const wordNumbers: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozen: 12, twenty: 20, hundred: 100,
};
// Currency words and symbols, and approximation words, say nothing about the number's value.
const noise = /[£$€¥]|\bu\.s\.?(?!\w)|\b(?:pounds?|sterling|dollars?|euros?|yen|yuan|us|usd|gbp|eur|about|around|some|roughly|approximately|nearly|almost|over|more than|less than|fewer than|up to|percent|per cent)\b|%/g;

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
  if (s in wordNumbers) return wordNumbers[s];
  const spelled = wordsToNumber(s);
  if (spelled !== undefined) return spelled;
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([a-z]+)?$/.exec(s) ?? /^([+-]?)()\.(\d+)\s*([a-z]+)?$/.exec(s);
  if (!m) return undefined;
  const [, sign, int, frac, word] = m;
  let scale = 1;
  if (word) {
    const sc = scales[word];
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
