/** Parsing and formatting of written numbers; compromise's number parsing is not used (unreliable on money). */
import { numberWords } from "@/lib/quiz/number-words";

// The quiz's number words (lib/quiz/number-words.ts), without "zero", with "hundred" and "dozen"; in counting order,
// which the NUMBER_WORDS pattern relies on.
const SMALL: Record<string, number> = {
  ...Object.fromEntries([...numberWords].filter(([w]) => w !== "zero")),
  hundred: 100,
  dozen: 12,
};
export const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
/** Regex source for a number written in digits or as a word ("5,000", "1.6", "two", "a dozen"). */
export const NUMBER_WORDS = Object.keys(SMALL).join("|");
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/**
 * The value of a number as an article writes it, in digits or one word ("5,000", "1.6", "two", "a dozen"); undefined
 * when it is not one. (A learner's typed answer is read by lib/quiz/parse-number.ts, which takes far more forms.)
 */
export function numberValue(text: string): number | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^an?\s+/, "");
  if (/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  return SMALL[t];
}

/** The value of a number with an optional scale word: "1.6 billion" → 1.6e9, "£1.6bn" digits only. */
export function parseScaled(num: string, scale?: string): number | undefined {
  const n = numberValue(num);
  if (n === undefined) return undefined;
  const s = scale ? SCALES[scale.toLowerCase()] : 1;
  return s === undefined ? undefined : round(n * s);
}

/** Rounds away binary noise (1.6 * 1e9 = 1600000000.0000002). */
export function round(n: number): number {
  return Number(n.toPrecision(12));
}

/** 1600000000 → "1,600,000,000". */
export function withCommas(n: number): string {
  const [int, frac] = String(round(n)).split(".");
  return (int ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}

/** 1.6e9 → { num: "1.6", scale: "billion" }; small numbers keep no scale. */
export function toScaled(n: number): { num: string; scale?: "million" | "billion" | "trillion" } {
  for (const [scale, size] of [
    ["trillion", 1e12],
    ["billion", 1e9],
    ["million", 1e6],
  ] as const) {
    if (Math.abs(n) >= size) return { num: String(round(n / size)), scale };
  }
  return { num: withCommas(n) };
}

/** "1.6 billion" style for large numbers, "5,000" for smaller ones. */
export function formatNumber(n: number): string {
  const { num, scale } = toScaled(n);
  return scale ? `${num} ${scale}` : num;
}

/** Every way a learner might type the number: "1.6 billion", "1,600,000,000", "1600000000", "1.6bn". */
export function numberForms(n: number): string[] {
  const forms = [formatNumber(n), withCommas(n), String(round(n))];
  const { num, scale } = toScaled(n);
  if (scale) forms.push(`${num}${{ million: "m", billion: "bn", trillion: "tn" }[scale]}`);
  return [...new Set(forms)];
}

/** Plausible wrong values near `n` (never equal to it), in a fixed order. */
export function nearbyNumbers(n: number): number[] {
  const isInt = Number.isInteger(n);
  const factors = [2, 0.5, 1.5, 0.75, 10, 0.1, 3, 1.25];
  const out: number[] = [];
  for (const f of factors) {
    let v = round(n * f);
    if (isInt && n >= 1) v = niceRound(v);
    if (v > 0 && v !== n && !out.includes(v)) out.push(v);
  }
  if (n > 0 && n < 10 && isInt)
    for (const d of [1, 2, -1, 3]) if (n + d > 0 && !out.includes(n + d)) out.unshift(n + d);
  return out;
}

/**
 * Three wrong values on a ladder with the answer at a rung chosen by `seed` (lowest, second, third or highest),
 * each rung about a third apart: no choice is the answer's half or double, so the answer is not the one
 * value the others are computed from. Small whole numbers step by one or two.
 */
export function ladderNumbers(n: number, seed: number): number[] {
  const rung = seed % 4;
  const isInt = Number.isInteger(n);
  const out: number[] = [];
  for (let k = 0; k < 4; k++) {
    if (k === rung) continue;
    let v: number;
    if (isInt && n >= 1 && n < 10) v = n + (k - rung) * (n < 4 ? 1 : 2);
    else {
      v = round(n * 1.33 ** (k - rung));
      if (isInt && n >= 1) v = niceRound(v);
    }
    if (v > 0 && v !== n && !out.includes(v)) out.push(v);
  }
  return out;
}

function niceRound(v: number): number {
  if (v < 20) return Math.round(v);
  const mag = 10 ** Math.floor(Math.log10(v) - 1);
  return Math.round(v / mag) * mag;
}
