import type { Deck, Question } from "@/lib/schemas/deck";

/**
 * The words to mark in a question's evidence: the answer, its forms, the items, the fact's value (for a
 * true/false question, only the fact: "True" or "False" is not in the sentence, the true fact is). Without
 * the deck's facts (a review has none) the answer and items only.
 */
export function evidenceNeedles(facts: Deck["facts"] | undefined, q: Question): string[] {
  const fact = facts?.find((f) => f.id === q.factId);
  const answerForms = q.type === "true-false" ? [] : [q.answer, ...(q.acceptedAnswers ?? [])];
  return [...answerForms, ...(q.items ?? []), ...(fact ? [fact.value] : [])];
}

/** A piece of an evidence sentence; `mark` pieces are the answer. */
export type HighlightPart = { text: string; mark: boolean };

/**
 * Lower case that keeps every offset: a character whose lower case is longer (`İ` becomes `i̇`, two code
 * units) is left as it is, or every match after it would be marked that many characters off.
 */
function foldCase(s: string): string {
  return Array.from(s, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  }).join("");
}

/**
 * Splits `sentence` so that every occurrence of any of `needles` (case-insensitive, longest first,
 * never overlapping) is a marked part. Needles not in the sentence are ignored.
 */
export function highlightParts(sentence: string, needles: readonly string[]): HighlightPart[] {
  const lower = foldCase(sentence);
  const taken: [number, number][] = [];
  const sorted = [...new Set(needles.map((n) => n.trim()).filter((n) => n.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  for (const needle of sorted) {
    const n = foldCase(needle);
    for (let i = lower.indexOf(n); i !== -1; i = lower.indexOf(n, i + n.length)) {
      const end = i + n.length;
      if (!taken.some(([s, e]) => i < e && end > s)) taken.push([i, end]);
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  const parts: HighlightPart[] = [];
  let pos = 0;
  for (const [s, e] of taken) {
    if (s > pos) parts.push({ text: sentence.slice(pos, s), mark: false });
    parts.push({ text: sentence.slice(s, e), mark: true });
    pos = e;
  }
  if (pos < sentence.length) parts.push({ text: sentence.slice(pos), mark: false });
  return parts;
}
