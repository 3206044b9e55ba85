import type { RawFact } from "./raw-fact";

const BLANK = "_____";

/**
 * The fact's sentence with its value blanked out. Long sentences are cut to the clauses around the
 * blank so the prompt stays readable; the evidence keeps the whole sentence.
 */
export function blanked(fact: RawFact, blankStart = fact.blankStart, blankEnd = fact.blankEnd): string {
  const s = fact.sentence;
  const a = blankStart - s.start;
  const b = blankEnd - s.start;
  return excerpt(s.text.slice(0, a), BLANK, s.text.slice(b));
}

/** Cuts `before + middle + after` to about 240 characters at clause boundaries around `middle`. */
export function excerpt(before: string, middle: string, after: string, max = 240): string {
  let left = before;
  let right = after;
  if (left.length + middle.length + right.length > max) {
    const cut = Math.max(left.lastIndexOf("; ", left.length - 1), -1);
    if (cut > 0 && left.length > max / 2) left = `…${left.slice(cut + 1).trimStart()}`.replace(/^…and /, "…");
    const end = right.search(/; /);
    if (end > 0 && right.length > max / 2) right = `${right.slice(0, end)}…`;
  }
  return `${left}${middle}${right}`.trim();
}

/** "the four-step plan ..." from "four-step plan ...". */
export function definite(intro: string): string {
  return `the ${intro.replace(/^(?:an?|the)\s+/i, "")}`;
}

/** A quotation shortened to at most `words` words, marked with "…" when cut. */
export function shortQuote(text: string, words = 30): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : `${parts.slice(0, words).join(" ")}…`;
}
