import type { Draft } from "./draft";

/** Most questions that quote one sentence; a long sentence (over 30 words) may carry one more. */
export const SENTENCE_CAP = 4;

/** Questions shown as their sentence (blanks and plain true/false), as opposed to quote, title and order questions. */
const quotesSentence = (d: Draft) =>
  !d.variant && (d.type === "multiple-choice" || d.type === "numeric" || d.type === "cloze" || d.type === "true-false");

/**
 * Keeps at most SENTENCE_CAP sentence questions per sentence, preferring a mix of types (the first
 * question of each type before a second of any), so one sentence does not fill the deck. Order is kept.
 */
export function capPerSentence(drafts: Draft[]): Draft[] {
  const bySentence = new Map<number, Draft[]>();
  for (const d of drafts)
    if (quotesSentence(d)) bySentence.set(d.fact.sentence.index, [...(bySentence.get(d.fact.sentence.index) ?? []), d]);
  const dropped = new Set<Draft>();
  for (const group of bySentence.values()) {
    const words = group[0]!.fact.sentence.text.split(/\s+/).length;
    const cap = SENTENCE_CAP + (words > 30 ? 1 : 0);
    if (group.length <= cap) continue;
    const nth = new Map<string, number>();
    const ranked = group.map((d, i) => {
      const n = nth.get(d.type) ?? 0;
      nth.set(d.type, n + 1);
      return { d, n, i };
    });
    // A key phrase ("manslaughter by gross negligence") is the sentence's fact: it is kept first.
    const phrase = (d: Draft) => (d.fact.kind === "term" && /^[a-z]/.test(d.fact.value) ? 0 : 1);
    ranked.sort((a, b) => phrase(a.d) - phrase(b.d) || a.n - b.n || a.i - b.i);
    for (const r of ranked.slice(cap)) dropped.add(r.d);
  }
  return drafts.filter((d) => !dropped.has(d));
}
